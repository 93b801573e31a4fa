package vn.reformdesk.rankings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.rankings.RoundProgress;
import vn.reformdesk.rankings.RoundStatus;
import vn.reformdesk.rankings.ScoringRound;
import vn.reformdesk.rankings.ScoringRoundQueries;
import vn.reformdesk.rankings.ScoringRoundService;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.RoleRules;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The scoring round of an index year. The committee, the secretariat and appraisers see the progress board
 * (every ranked unit: not started, drafting, submitted, answered, appraised, left out; criteria without
 * evidence; units to remind near the deadline) and open each unit's sheet; the secretariat opens the round,
 * leaves units out with a reason and publishes. A unit's leader is sent to the unit's own sheet.
 */
@Route("rankings/round")
@PageTitle("ReformDesk")
@PermitAll
class ScoringRoundView extends VerticalLayout implements BeforeEnterObserver {

    private final SelectionService selections;
    private final IndexService indexes;
    private final RankingService rankings;
    private final ScoringRoundQueries queries;
    private final ScoringRoundService commands;
    private final ReportingClock clock;
    private final boolean writer;
    private SelectionService.Resolved sel;
    private Map<String, List<String>> params = Map.of();

    ScoringRoundView(SelectionService selections, IndexService indexes, RankingService rankings, ScoringRoundQueries queries,
                     ScoringRoundService commands, ReportingClock clock, CurrentUserService user) {
        this.selections = selections;
        this.indexes = indexes;
        this.rankings = rankings;
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.writer = RoleRules.keepsRecords(user.require());
        addClassName("rk-round-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sel = selections.resolve(event.getLocation().getQueryParameters());
        params = event.getLocation().getQueryParameters().getParameters();
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        int year = sel.period().year();
        List<IndexDef> all = indexes.indexes(rankings.provinceOf(sel.unit()), year);
        Optional<String> code = Optional.ofNullable(params.get(RankingUi.INDEX)).flatMap(l -> l.stream().findFirst());
        Optional<IndexDef> found = code.flatMap(c -> all.stream().filter(i -> i.code().equals(c)).findFirst())
                .or(() -> all.stream().filter(i -> i.tiers().contains(sel.unit().tier())).findFirst());
        if (found.isEmpty()) {
            add(new H1(getTranslation("rankings.round.title", "", String.valueOf(year))), new Paragraph(getTranslation("rankings.none", String.valueOf(year))));
            return;
        }
        IndexDef index = found.get();
        Anchor back = new Anchor("rankings?" + RoundLinks.board(sel, index.code()).substring(RoundLinks.BOARD.length() + 1),
                "‹ " + getTranslation("rankings.back"));
        back.setId("rk-back");
        add(back, new H1(getTranslation("rankings.round.title", index.name(locale), String.valueOf(year))));
        Optional<ScoringRound> round = queries.round(index.id());
        if (round.isEmpty()) {
            add(new Paragraph(getTranslation("rankings.round.none", index.code(), String.valueOf(year))));
            if (writer && !index.isPublished()) {
                add(openForm(index));
            }
            return;
        }
        ScoringRound r = round.get();
        Paragraph dates = new Paragraph(getTranslation("rankings.round.dates-line", Formats.date(r.opensOn(), locale),
                Formats.date(r.selfUntil(), locale), Formats.date(r.answerUntil(), locale)));
        dates.setId("rk-round-dates");
        dates.addClassName("rd-note");
        add(dates);
        if (index.isPublished()) {
            Paragraph p = new Paragraph(getTranslation("rankings.round.published"));
            p.setId("rk-round-published");
            add(p);
        }
        if (!queries.seesAllUnits()) {
            // a leader: straight to the own unit's sheet
            UnitRef own = sel.unit();
            Anchor sheet = new Anchor(RoundLinks.sheet(sel, index.code(), own), getTranslation("rankings.round.own-sheet", UnitNames.name(own, locale)));
            sheet.setId("rk-round-own");
            add(sheet);
            return;
        }
        List<RoundProgress> board = queries.board(index);
        Map<RoundStatus, Long> counts = board.stream().collect(Collectors.groupingBy(RoundProgress::status, Collectors.counting()));
        Paragraph summary = new Paragraph(Arrays.stream(RoundStatus.values())
                .map(s -> getTranslation("rankings.round.status." + s.name()) + ": " + counts.getOrDefault(s, 0L))
                .collect(Collectors.joining(" · ")));
        summary.setId("rk-round-summary");
        add(summary);
        long remind = board.stream().filter(RoundProgress::remind).count();
        if (remind > 0) {
            Paragraph p = new Paragraph(getTranslation("rankings.round.remind", remind, Formats.date(r.selfUntil(), locale)));
            p.addClassNames("rd-status-amber", "rk-remind");
            p.setId("rk-round-remind");
            add(p);
        }
        UnitRef province = rankings.province(index);
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("rankings.round.excel"),
                "tien-do-cham-diem-" + index.code() + "-" + index.year(),
                () -> List.of(RoundBoardExport.board(queries.board(index), index, province, clock.today(), locale)));
        excel.setId("rk-round-excel");
        add(excel);
        add(boardGrid(index, board));
        if (writer && !index.isPublished()) {
            Button publish = new Button(getTranslation("rankings.publish"), VaadinIcon.LOCK.create(), e -> {
                indexes.publish(index.id(), indexes.get(index.id()).version());
                Notification.show(getTranslation("rankings.round.published"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            });
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("rk-round-publish");
            Paragraph hint = new Paragraph(getTranslation("rankings.round.publish-hint"));
            hint.addClassName("rd-note");
            add(new HorizontalLayout(publish), hint);
        }
    }

    private Grid<RoundProgress> boardGrid(IndexDef index, List<RoundProgress> board) {
        Locale locale = getLocale();
        Grid<RoundProgress> grid = new Grid<>();
        grid.setId("rk-round-board");
        grid.addClassName("rk-round-board");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(p -> {
            Anchor a = new Anchor(RoundLinks.sheet(sel, index.code(), p.unit()), UnitNames.name(p.unit(), locale));
            a.addClassName("rk-round-unit");
            return a;
        }).setHeader(getTranslation("rankings.col.unit")).setFlexGrow(2).setWidth("16em");
        grid.addComponentColumn(p -> {
            Span s = new Span(getTranslation("rankings.round.status." + p.status().name()));
            s.addClassNames("rd-badge", switch (p.status()) {
                case APPRAISED -> "green";
                case ANSWERED, SUBMITTED -> "amber";
                case NOT_STARTED -> "red";
                default -> "grey";
            });
            s.addClassName("rk-status-" + p.status().name());
            if (p.leftOutReason() != null) {
                s.getElement().setAttribute("title", p.leftOutReason());
            }
            return s;
        }).setHeader(getTranslation("rankings.round.col.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.scored() + "/" + p.leaves()).setHeader(getTranslation("rankings.round.col.scored"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RoundProgress::withoutEvidence).setHeader(getTranslation("rankings.round.col.without-evidence"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.appraised() + "/" + p.leaves()).setHeader(getTranslation("rankings.round.col.appraised"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.submittedAt() == null ? "–" : Formats.dateTime(p.submittedAt().atZoneSameInstant(ReportingClock.ZONE)
                .toLocalDateTime(), locale)).setHeader(getTranslation("rankings.round.col.submitted")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.leftOutReason() != null ? p.leftOutReason() : p.remind() ? getTranslation("rankings.round.to-remind") : "")
                .setHeader(getTranslation("rankings.round.col.note")).setFlexGrow(1);
        if (writer && !index.isPublished()) {
            grid.addComponentColumn(p -> {
                if (p.status() == RoundStatus.APPRAISED || p.status() == RoundStatus.LEFT_OUT) {
                    return new Span();
                }
                Button b = new Button(getTranslation("rankings.round.leave-out"), e -> leaveOutDialog(index, p.unit()).open());
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                b.setId("rk-leave-out-" + p.unit().code());
                return b;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(board);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Dialog leaveOutDialog(IndexDef index, UnitRef unit) {
        Dialog dialog = new Dialog(getTranslation("rankings.round.leave-out-title", UnitNames.name(unit, getLocale())));
        TextField reason = new TextField(getTranslation("rankings.round.reason"));
        reason.setWidthFull();
        reason.setId("rk-leave-out-reason");
        Button ok = new Button(getTranslation("rankings.round.leave-out"), e -> {
            try {
                commands.leaveOut(index.id(), unit.id(), reason.getValue());
                dialog.close();
                render();
            } catch (UserFacingException ex) {
                Forms.showOn(ex, getLocale(), Map.of("reason", reason), reason);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("rk-leave-out-ok");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("32em");
        return dialog;
    }

    private HorizontalLayout openForm(IndexDef index) {
        DatePicker opens = new DatePicker(getTranslation("rankings.round.opens"), clock.today());
        DatePicker selfUntil = new DatePicker(getTranslation("rankings.round.self-until"), clock.today().plusDays(30));
        DatePicker answerUntil = new DatePicker(getTranslation("rankings.round.answer-until"), clock.today().plusDays(45));
        opens.setId("rk-round-opens");
        selfUntil.setId("rk-round-self-until");
        answerUntil.setId("rk-round-answer-until");
        Locale locale = getLocale();
        BeanValidationBinder<RoundForm> binder = new BeanValidationBinder<>(RoundForm.class);
        Forms.bind(binder, opens, "opens", locale);
        Forms.bind(binder, selfUntil, "selfUntil", locale);
        Forms.bind(binder, answerUntil, "answerUntil", locale);
        Button open = new Button(getTranslation("rankings.round.open"), VaadinIcon.PLAY.create(), e -> {
            RoundForm f;
            try {
                f = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            try {
                commands.open(index.id(), f.opens(), f.selfUntil(), f.answerUntil());
                render();
            } catch (UserFacingException ex) {
                if (!Forms.showOnField(binder, ex, locale)) {
                    Forms.showOn(ex, locale, Map.of(), selfUntil);
                }
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("rk-round-open");
        HorizontalLayout form = new HorizontalLayout(opens, selfUntil, answerUntil, open);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        form.setWrap(true);
        return form;
    }

}
