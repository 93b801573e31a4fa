package vn.reformdesk.rankings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.rankings.Evidence;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.rankings.RoundEntry;
import vn.reformdesk.rankings.RoundStatus;
import vn.reformdesk.rankings.RoundStep;
import vn.reformdesk.rankings.ScoringRound;
import vn.reformdesk.rankings.ScoringRoundQueries;
import vn.reformdesk.rankings.ScoringRoundService;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One unit's sheet in a scoring round: every sub-criterion with its full name and maximum, the self-assessed
 * points with evidence files (downloaded as attachments) or a written explanation, the appraisal, the unit's
 * answer and the appraiser's decision, then the history. What can be edited depends on who looks and when:
 * the unit's own leader while drafting or answering, an appraiser after submission; the services decide.
 */
@Route("rankings/round/unit")
@PageTitle("ReformDesk")
@PermitAll
class RoundSheetView extends VerticalLayout implements BeforeEnterObserver {

    private final UnitService units;
    private final SelectionService selections;
    private final IndexService indexes;
    private final RankingService rankings;
    private final ScoringRoundQueries queries;
    private final ScoringRoundService commands;
    private final ReportingClock clock;
    private SelectionService.Resolved sel;
    private Map<String, List<String>> params = Map.of();

    RoundSheetView(SelectionService selections, IndexService indexes, RankingService rankings, ScoringRoundQueries queries,
                   ScoringRoundService commands, ReportingClock clock, UnitService units) {
        this.units = units;
        this.selections = selections;
        this.indexes = indexes;
        this.rankings = rankings;
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        addClassName("rk-sheet-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sel = selections.resolve(event.getLocation().getQueryParameters());
        params = event.getLocation().getQueryParameters().getParameters();
        render();
    }

    private Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name)).flatMap(l -> l.stream().findFirst()).filter(s -> !s.isBlank());
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        int year = sel.period().year();
        List<IndexDef> all = indexes.indexes(rankings.provinceOf(sel.unit()), year);
        IndexDef index = param(RankingUi.INDEX).flatMap(c -> all.stream().filter(i -> i.code().equals(c)).findFirst())
                .orElseThrow(() -> new NoSuchElementException("no index"));
        UnitRef unit = param(RankingUi.OF).map(c -> rankings.rankedUnit(index, c).orElseThrow(() -> new NoSuchElementException("unknown unit " + c)))
                .orElse(sel.unit());
        ScoringRound round = queries.round(index.id()).orElseThrow(() -> new NoSuchElementException("no round"));
        // the sheet is scope-checked by the service (AccessDeniedException → the access-denied page)
        ReadableUnit readable = units.readable(unit);
        List<RoundEntry> sheet = queries.sheet(index, readable);
        RoundStatus status = queries.status(index, readable);
        boolean own = queries.isOwnLeader(unit);
        boolean appraiser = queries.appraises() && !index.isPublished();
        boolean drafting = own && !index.isPublished() && round.selfAssessmentOpen(clock.today())
                && (status == RoundStatus.NOT_STARTED || status == RoundStatus.DRAFTING);

        Anchor back = new Anchor(RoundLinks.board(sel, index.code()), "‹ " + getTranslation("rankings.round.back"));
        back.setId("rk-back");
        add(back, new H1(UnitNames.name(unit, locale) + " · " + index.name(locale) + " " + year));
        Span badge = new Span(getTranslation("rankings.round.status." + status.name()));
        badge.addClassNames("rd-badge", status == RoundStatus.APPRAISED ? "green" : "grey");
        badge.setId("rk-sheet-status");
        Paragraph dates = new Paragraph(getTranslation("rankings.round.dates-line", Formats.date(round.opensOn(), locale),
                Formats.date(round.selfUntil(), locale), Formats.date(round.answerUntil(), locale)));
        dates.addClassName("rd-note");
        // the sheet and its history as the page shows them, read again when clicked
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("rankings.sheet.excel"),
                "phieu-cham-" + index.code() + "-" + index.year() + "-" + unit.code(),
                () -> RoundSheetExport.sheet(queries.sheet(index, readable), queries.history(index, readable), queries.status(index, readable), index, unit,
                        clock.today(), locale));
        excel.setId("rk-sheet-excel");
        HorizontalLayout statusLine = new HorizontalLayout(badge, excel);
        statusLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(statusLine, dates);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (drafting) {
            Button submit = new Button(getTranslation("rankings.round.submit"), VaadinIcon.CHECK.create(), e -> {
                commands.submit(index.id(), unit.id());
                done("rankings.round.submitted");
            });
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("rk-submit");
            actions.add(submit);
            Paragraph hint = new Paragraph(getTranslation("rankings.round.submit-hint"));
            hint.addClassName("rd-note");
            add(hint);
        }
        if (appraiser && (status == RoundStatus.SUBMITTED || status == RoundStatus.ANSWERED)) {
            Button rest = new Button(getTranslation("rankings.round.accept-rest"), VaadinIcon.CHECK_CIRCLE.create(), e -> {
                commands.acceptRest(index.id(), unit.id());
                done("rankings.round.saved");
            });
            rest.setId("rk-accept-rest");
            actions.add(rest);
        }
        for (RoundEntry entry : sheet) {
            add(entryCard(index, round, unit, entry, drafting, own, appraiser, status));
        }
        add(actions);
        add(history(index, unit));
    }

    private Component entryCard(IndexDef index, ScoringRound round, UnitRef unit, RoundEntry e, boolean drafting, boolean own,
                                boolean appraiser, RoundStatus status) {
        Locale locale = getLocale();
        String code = e.criterion().code();
        String id = code.replace('.', '-');
        Div card = new Div();
        card.addClassNames("rd-card", "rk-entry");
        card.setId("rk-entry-" + id);
        H3 title = new H3(code + ". " + e.criterion().name(locale));
        title.addClassName("rk-entry-title");
        Paragraph meta = new Paragraph(getTranslation("rankings.round.entry-meta", e.area().code() + ". " + e.area().name(locale),
                RankingUi.points(e.criterion().max(), locale)));
        meta.addClassName("rd-note");
        card.add(title, meta);
        if (e.criterion().survey()) {
            card.add(new Paragraph(getTranslation("rankings.round.survey", e.survey() == null ? "–" : RankingUi.points(e.survey(), locale))));
            return card;
        }
        // self-assessment
        if (drafting) {
            BigDecimalField points = new BigDecimalField(getTranslation("rankings.round.self"));
            points.setValue(e.self());
            points.setId("rk-self-" + id);
            points.setWidth("9em");
            TextArea explanation = new TextArea(getTranslation("rankings.round.explanation"));
            explanation.setValue(e.explanation() == null ? "" : e.explanation());
            explanation.setId("rk-expl-" + id);
            explanation.setWidthFull();
            Button save = new Button(getTranslation("rankings.round.save"), ev -> {
                try {
                    commands.saveSelf(index.id(), unit.id(), e.criterion().id(), points.getValue(), explanation.getValue());
                    done("rankings.round.saved");
                } catch (UserFacingException ex) {
                    Forms.showOn(ex, getLocale(), Map.of("points", points, "explanation", explanation), points);
                }
            });
            save.setId("rk-save-" + id);
            HorizontalLayout row = new HorizontalLayout(points, explanation, save);
            row.setWidthFull();
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
            card.add(row, upload(index, unit, e, "rk-upload-" + id));
        } else {
            Paragraph self = new Paragraph(getTranslation("rankings.round.self-line", e.self() == null ? "–" : RankingUi.points(e.self(), locale),
                    e.explanation() == null ? "" : e.explanation()));
            self.setId("rk-self-text-" + id);
            card.add(self);
        }
        card.add(evidenceList(e));
        // appraisal
        if (e.appraisal() != null || e.appraised() != null) {
            Paragraph a = new Paragraph(getTranslation("CHANGED".equals(e.appraisal()) ? "rankings.round.appraisal-changed" : "rankings.round.appraisal-accepted",
                    e.appraised() == null ? "–" : RankingUi.points(e.appraised(), locale), e.appraisalReason() == null ? "" : e.appraisalReason()));
            a.setId("rk-appraisal-" + id);
            a.addClassName("rk-appraisal");
            card.add(a);
        }
        if (appraiser && e.answer() == null && status != RoundStatus.NOT_STARTED && status != RoundStatus.DRAFTING && status != RoundStatus.LEFT_OUT) {
            BigDecimalField points = new BigDecimalField(getTranslation("rankings.round.appraised"));
            points.setValue(e.appraised() != null ? e.appraised() : e.self());
            points.setId("rk-appraise-points-" + id);
            points.setWidth("9em");
            TextField reason = new TextField(getTranslation("rankings.round.reason"));
            reason.setId("rk-appraise-reason-" + id);
            reason.setWidthFull();
            Button accept = new Button(getTranslation("rankings.round.accept"), ev -> {
                commands.appraise(index.id(), unit.id(), e.criterion().id(), null, null);
                done("rankings.round.saved");
            });
            accept.setId("rk-accept-" + id);
            Button change = new Button(getTranslation("rankings.round.change"), ev -> {
                try {
                    commands.appraise(index.id(), unit.id(), e.criterion().id(), points.getValue(), reason.getValue());
                    done("rankings.round.saved");
                } catch (UserFacingException ex) {
                    Forms.showOn(ex, getLocale(), Map.of("points", points, "reason", reason), points);
                }
            });
            change.setId("rk-change-" + id);
            HorizontalLayout row = new HorizontalLayout(points, reason, accept, change);
            row.setWidthFull();
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
            card.add(row);
        }
        // the unit's answer and the decision
        if (e.answer() != null) {
            Paragraph a = new Paragraph(getTranslation("rankings.round.answer-line", e.answer()));
            a.setId("rk-answer-text-" + id);
            card.add(a);
        }
        if (own && "CHANGED".equals(e.appraisal()) && e.answer() == null && round.answersOpen(clock.today()) && !index.isPublished()) {
            TextArea answer = new TextArea(getTranslation("rankings.round.answer"));
            answer.setId("rk-answer-" + id);
            answer.setWidthFull();
            Button send = new Button(getTranslation("rankings.round.answer-send"), ev -> {
                try {
                    commands.answer(index.id(), unit.id(), e.criterion().id(), answer.getValue());
                    done("rankings.round.saved");
                } catch (UserFacingException ex) {
                    Forms.showOn(ex, getLocale(), Map.of("answer", answer), answer);
                }
            });
            send.setId("rk-answer-send-" + id);
            card.add(answer, upload(index, unit, e, "rk-answer-upload-" + id), send);
        }
        if (e.decision() != null) {
            Paragraph d = new Paragraph(getTranslation("CHANGED".equals(e.decision()) ? "rankings.round.decision-changed" : "rankings.round.decision-kept",
                    e.appraised() == null ? "–" : RankingUi.points(e.appraised(), locale), e.decisionReason()));
            d.setId("rk-decision-" + id);
            card.add(d);
        }
        if (appraiser && e.awaitsDecision()) {
            BigDecimalField points = new BigDecimalField(getTranslation("rankings.round.appraised"));
            points.setValue(e.appraised());
            points.setId("rk-decide-points-" + id);
            points.setWidth("9em");
            TextField reason = new TextField(getTranslation("rankings.round.reason"));
            reason.setId("rk-decide-reason-" + id);
            reason.setWidthFull();
            Button decide = new Button(getTranslation("rankings.round.decide"), ev -> {
                try {
                    commands.decide(index.id(), unit.id(), e.criterion().id(), points.getValue(), reason.getValue());
                    done("rankings.round.saved");
                } catch (UserFacingException ex) {
                    Forms.showOn(ex, getLocale(), Map.of("points", points, "reason", reason), reason);
                }
            });
            decide.setId("rk-decide-" + id);
            HorizontalLayout row = new HorizontalLayout(points, reason, decide);
            row.setWidthFull();
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
            card.add(row);
        }
        return card;
    }

    private Component upload(IndexDef index, UnitRef unit, RoundEntry e, String id) {
        UI ui = UI.getCurrent();
        Div status = new Div();
        status.addClassName("rk-upload-status");
        status.setId(id + "-status");
        Upload upload = new Upload(UploadHandler.inMemory((meta, data) -> {
            String message;
            boolean ok;
            try {
                Evidence added = commands.attach(index.id(), unit.id(), e.criterion().id(), meta.fileName(), data);
                message = getTranslation("rankings.round.uploaded", added.fileName());
                ok = true;
            } catch (UserFacingException ex) {
                message = ex.message(ui.getLocale());
                ok = false;
            } catch (AccessDeniedException ex) {
                message = getTranslation("error.access-denied");
                ok = false;
            }
            String shown = message;
            boolean success = ok;
            ui.access(() -> {
                status.setText(shown);
                status.getElement().setAttribute("role", "status");
                status.addClassName(success ? "rd-status-green" : "rd-status-red");
                if (success) {
                    render();
                    Notification.show(shown, 3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
            });
        }));
        upload.setId(id);
        upload.setMaxFiles(1);
        // the server checks size and content; the browser only filters the picker
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods");
        upload.setDropAllowed(true);
        upload.addClassName("rk-upload");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("rankings.round.upload.add")).setMany(getTranslation("rankings.round.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("rankings.round.upload.drop")).setMany(getTranslation("rankings.round.upload.drop")))
                .setError(new UploadI18N.Error().setIncorrectFileType(getTranslation("rankings.round.upload.type"))
                        .setFileIsTooBig(getTranslation("rankings.round.upload.type")).setTooManyFiles(getTranslation("rankings.round.upload.one"))));
        Div box = new Div(upload, status);
        box.addClassName("rk-upload-box");
        return box;
    }

    private Component evidenceList(RoundEntry e) {
        Locale locale = getLocale();
        Div list = new Div();
        list.addClassName("rk-evidence");
        if (e.evidence().isEmpty()) {
            return list;
        }
        for (Evidence file : e.evidence()) {
            Anchor a = new Anchor("/files/evidence/" + file.id(), file.fileName());
            a.getElement().setAttribute("download", file.fileName());
            a.getElement().setAttribute("router-ignore", true);
            a.setTarget(AnchorTarget.DEFAULT);
            a.addClassName("rk-evidence-link");
            Span info = new Span(" · " + Formats.decimal(file.size() / 1024.0, 1, locale) + " KB · SHA-256 " + file.sha256().substring(0, 12) + "…"
                    + ("ANSWER".equals(file.stage()) ? " · " + getTranslation("rankings.round.with-answer") : ""));
            info.addClassName("rd-note");
            info.getElement().setAttribute("title", file.sha256());
            Div line = new Div(VaadinIcon.PAPERCLIP.create(), a, info);
            line.addClassName("rk-evidence-line");
            list.add(line);
        }
        return list;
    }

    private Component history(IndexDef index, UnitRef unit) {
        Locale locale = getLocale();
        List<RoundStep> steps = queries.history(index, units.readable(unit));
        Grid<RoundStep> grid = new Grid<>();
        grid.setId("rk-history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> Formats.dateTime(s.at().atZoneSameInstant(ReportingClock.ZONE).toLocalDateTime(), locale))
                .setHeader(getTranslation("rankings.round.col.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RoundStep::by).setHeader(getTranslation("rankings.round.col.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.criterionCode() == null ? "" : s.criterionCode()).setHeader(getTranslation("rankings.col.criterion"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation("rankings.round.step." + s.step())).setHeader(getTranslation("rankings.round.col.step"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.points() == null ? "" : RankingUi.points(s.points(), locale)).setHeader(getTranslation("rankings.col.points"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.note() == null ? "" : s.note()).setHeader(getTranslation("rankings.round.col.note")).setFlexGrow(1);
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        return new vn.reformdesk.base.ui.Card(getTranslation("rankings.round.history"), grid);
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render();
    }

}
