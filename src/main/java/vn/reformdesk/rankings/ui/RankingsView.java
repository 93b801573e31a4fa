package vn.reformdesk.rankings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.reformdesk.units.ui.UnitPicker;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.ImportDialog;
import vn.reformdesk.base.ui.TextCell;
import vn.reformdesk.rankings.Criterion;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.NationalResultService;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.rankings.ScoringRoundQueries;
import vn.reformdesk.rankings.Revision;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.RoleRules;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ranking of an index for a year: rank (ties share it), unit, score, band, change since last year and
 * one heat-map column per area; sortable, exported to Excel. Under the province: departments, districts
 * (and communes); under a district: its communes (the drill-down). SECRETARIAT imports, publishes, corrects.
 */
@Route("rankings")
@PageTitle("ReformDesk")
@Menu(order = 30, title = "rankings.nav", icon = "vaadin:trophy")
@PermitAll
class RankingsView extends VerticalLayout implements BeforeEnterObserver {

    private final SelectionService selections;
    private final IndexService indexes;
    private final RankingService rankings;
    private final UnitService units;
    private final boolean writer;
    private final ScoringRoundQueries rounds;
    private final NationalResultService national;
    private final vn.reformdesk.base.ReportingClock clock;
    private SelectionService.Resolved sel;
    private Map<String, List<String>> params = Map.of();

    RankingsView(SelectionService selections, IndexService indexes, RankingService rankings, UnitService units, CurrentUserService user,
                 ScoringRoundQueries rounds, NationalResultService national, vn.reformdesk.base.ReportingClock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.national = national;
        this.selections = selections;
        this.indexes = indexes;
        this.rankings = rankings;
        this.units = units;
        this.writer = RoleRules.keepsRecords(user.require());
        addClassName("rankings-view");
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
        UnitRef unit = sel.unit();
        int year = sel.period().year();
        long provinceId = rankings.provinceOf(unit);
        List<IndexDef> all = indexes.indexes(provinceId, year);
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        toolbar.addClassName("rk-toolbar");
        toolbar.setWrap(true);
        add(new H1(getTranslation("rankings.title", String.valueOf(year))));
        if (writer) {
            Button define = new Button(getTranslation("rankings.define"), VaadinIcon.COG.create(),
                    e -> UI.getCurrent().navigate(IndexDefinitionView.class, query(null, null)));
            define.setId("rk-define");
            toolbar.add(define);
        }
        if (all.isEmpty()) {
            add(toolbar, new Paragraph(getTranslation("rankings.none", String.valueOf(year))));
            addNational(provinceId);
            return;
        }
        IndexDef index = param(RankingUi.INDEX).flatMap(c -> all.stream().filter(i -> i.code().equals(c)).findFirst())
                .orElseGet(() -> all.stream().filter(i -> i.tiers().contains(unit.tier())).findFirst().orElse(all.getFirst()));

        Select<IndexDef> indexPicker = new Select<>();
        indexPicker.setLabel(getTranslation("rankings.index"));
        indexPicker.setItems(all);
        indexPicker.setItemLabelGenerator(i -> i.name(locale));
        indexPicker.setValue(index);
        indexPicker.setWidth("22em");
        indexPicker.setId("rk-index");
        indexPicker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(RankingsView.class, query(e.getValue().code(), null));
            }
        });
        toolbar.addComponentAsFirst(indexPicker);

        // the tiers: the unit's own tier in the province (a leader sees where they stand), and the tiers below it
        Map<UnitTier, UnitRef> tabs = new LinkedHashMap<>();
        UnitRef province = rankings.province(index);
        if (unit.tier() != UnitTier.PROVINCE && index.tiers().contains(unit.tier())) {
            tabs.put(unit.tier(), province);
        }
        rankings.tiersUnder(index, unit).forEach(t -> tabs.put(t, unit));
        if (tabs.isEmpty()) {
            add(toolbar, new Paragraph(getTranslation("rankings.not-ranked", UnitNames.name(unit, locale), index.name(locale))));
            addNational(provinceId);
            return;
        }
        UnitTier tier = param(RankingUi.TIER).flatMap(t -> tabs.keySet().stream().filter(x -> x.name().equals(t)).findFirst())
                .orElseGet(() -> unit.tier() == UnitTier.DISTRICT && tabs.containsKey(UnitTier.COMMUNE) ? UnitTier.COMMUNE
                        : tabs.keySet().iterator().next());
        // the tiers as a row of links (each is a page of its own, kept in the URL): a tab list without tab
        // panels was an accessibility fault (axe: aria-required-children), links with aria-current are not
        com.vaadin.flow.component.html.Nav tierTabs = new com.vaadin.flow.component.html.Nav();
        tierTabs.addClassName("rk-tiers");
        tierTabs.setId("rk-tiers");
        tierTabs.getElement().setAttribute("aria-label", getTranslation("rankings.tiers"));
        tabs.forEach((t, within) -> {
            Anchor tab = new Anchor("rankings?" + query(index.code(), t.name()).getQueryString(),
                    getTranslation("rankings.tier." + t.name()) + (within.id() == province.id() ? "" : " · " + UnitNames.name(within, locale)));
            tab.setId("rk-tab-" + t.name());
            tab.addClassName("rk-tier");
            if (t == tier) {
                tab.getElement().setAttribute("aria-current", "page");
                tab.addClassName("rk-tier-selected");
            }
            tierTabs.add(tab);
        });

        RankingService.Ranking ranking = rankings.ranking(index, tier, tabs.get(tier));
        add(toolbar);
        add(status(index, ranking));
        add(tierTabs);
        if (!ranking.visible()) {
            add(new Paragraph(getTranslation("rankings.not-published")));
        } else if (ranking.rows().isEmpty()) {
            add(new Paragraph(getTranslation("rankings.no-scores")));
            addUnranked(ranking);
        } else {
            add(grid(ranking, unit));
            long merged = ranking.rows().stream().filter(r -> r.change() != null && r.change().fromPredecessors()).count();
            if (merged > 0) {
                // the 2025 reorganisation: units compared with the units they came from
                boolean approximate = ranking.rows().stream().anyMatch(r -> r.change() != null && r.change().approximate());
                Paragraph note = new Paragraph(getTranslation(approximate ? "rankings.change.predecessors-note-approx"
                        : "rankings.change.predecessors-note", String.valueOf(merged)));
                note.addClassName("rd-note");
                note.setId("rk-predecessors-note");
                add(note);
            }
            addUnranked(ranking);
            Paragraph legend = new Paragraph(String.join(" · ", ranking.areas().stream().map(a -> a.code() + ". " + a.name(locale)
                    + " (" + Formats.decimal(a.max().doubleValue(), 0, locale) + ")").toList()));
            legend.addClassName("rd-note");
            legend.setId("rk-area-legend");
            add(legend);
            UnitRef within = tabs.get(tier);
            String file = index.code() + "-" + index.year() + "-" + tier.name().toLowerCase(Locale.ROOT) + "-" + within.code();
            // read again when clicked, as the page shows it (same index, tier, unit and published revision)
            Anchor export = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("rankings.export"), file,
                    () -> List.of(rankings.table(rankings.ranking(index, tier, within), within, locale)));
            export.setId("rk-export");
            toolbar.add(export);
        }
        if (writer || rounds.round(index.id()).isPresent()) {
            Anchor round = new Anchor(RoundLinks.board(sel, index.code()), "");
            Button roundButton = new Button(getTranslation("rankings.round.link"), VaadinIcon.CLIPBOARD_CHECK.create());
            roundButton.setTabIndex(-1);
            round.add(roundButton);
            round.setId("rk-round-link");
            toolbar.add(round);
        }
        if (writer) {
            writerActions(toolbar, index);
        }
        if (unit.tier() == UnitTier.PROVINCE) {
            addNational(provinceId);
        }
    }

    private Component status(IndexDef index, RankingService.Ranking ranking) {
        Locale locale = getLocale();
        Paragraph p = new Paragraph();
        p.addClassName("rd-note");
        p.setId("rk-status");
        String scale = getTranslation(index.scale() == vn.reformdesk.rankings.Scale.PERCENT ? "rankings.scale.percent" : "rankings.scale.points",
                Formats.decimal(indexes.tree(index.id()).maxTotal().doubleValue(), 0, locale));
        String bands = String.join(" · ", index.bands().stream().map(b -> b.label(locale) + " ≥ " + Formats.decimal(b.min().doubleValue(), 0, locale)).toList());
        if (index.isPublished()) {
            Revision latest = indexes.revisions(index.id()).getFirst();
            String text = getTranslation("rankings.status.published", Formats.dateTime(latest.createdAt(), locale), latest.createdBy());
            if (latest.revision() > 1) {
                text = getTranslation("rankings.status.corrected", String.valueOf(latest.revision()), Formats.dateTime(latest.createdAt(), locale),
                        latest.createdBy(), latest.reason());
            }
            p.setText(text + " · " + scale + " · " + bands);
        } else {
            p.setText(getTranslation("rankings.status.draft") + " · " + scale + " · " + bands);
        }
        return p;
    }

    /** The units of the tier without a rank: not scored, or left out with the reason. Unknown is not zero. */
    private void addUnranked(RankingService.Ranking ranking) {
        if (ranking.unranked().isEmpty()) {
            return;
        }
        Locale locale = getLocale();
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        list.setId("rk-unranked");
        list.addClassName("rk-unranked");
        for (RankingService.Unranked u : ranking.unranked()) {
            Span label = new Span(u.leftOut() ? getTranslation("rankings.unranked.left-out", u.reason()) : getTranslation("rankings.unranked.not-scored"));
            label.addClassNames("rd-badge", "grey");
            list.add(new com.vaadin.flow.component.html.ListItem(new Span(UnitNames.name(u.unit(), locale) + " "), label));
        }
        com.vaadin.flow.component.html.H3 title = new com.vaadin.flow.component.html.H3(getTranslation("rankings.unranked.title"));
        title.addClassName("rk-unranked-title");
        add(title, list);
    }

    private Grid<RankingService.RankingRow> grid(RankingService.Ranking ranking, UnitRef selected) {
        Locale locale = getLocale();
        IndexDef index = ranking.index();
        Grid<RankingService.RankingRow> grid = new Grid<>();
        grid.addClassName("rk-grid");
        grid.setId("rk-grid");
        grid.addColumn(RankingService.RankingRow::rank).setHeader(getTranslation("rankings.col.rank")).setSortable(true)
                .setComparator(Comparator.comparingInt(RankingService.RankingRow::rank)).setWidth("4.6em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(unitCell(ranking)).setHeader(getTranslation("rankings.col.unit")).setSortable(true)
                .setComparator(Comparator.comparing(r -> UnitNames.name(r.unit(), locale))).setWidth("10em").setFlexGrow(1);
        grid.addColumn(r -> RankingUi.score(index, r.score(), locale)).setHeader(getTranslation("rankings.col.score"))
                .setSortable(true).setComparator(Comparator.comparing(RankingService.RankingRow::score)).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(TextCell.<RankingService.RankingRow>of(r -> RankingUi.bandLabel(r.band(), locale), r -> RankingUi.bandClasses(r.band())))
                .setHeader(getTranslation("rankings.col.band"))
                .setSortable(true).setComparator(Comparator.comparing(RankingService.RankingRow::score)).setAutoWidth(true).setFlexGrow(0);
        if (ranking.comparedWithLastYear()) {
            grid.addColumn(TextCell.<RankingService.RankingRow>of(r -> RankingUi.changeText(r.change(), locale),
                            r -> RankingUi.changeClasses(r.change()), r -> RankingUi.changeTitle(r.change(), locale)))
                    .setHeader(getTranslation("rankings.col.rank-change"))
                    .setSortable(true).setComparator(Comparator.comparing(r -> r.change() == null || r.change().rankChange() == null
                            ? Integer.MIN_VALUE : r.change().rankChange())).setWidth("6em").setFlexGrow(0);
            grid.addColumn(r -> RankingUi.scoreChange(r.change(), locale)).setHeader(getTranslation("rankings.col.score-change"))
                    .setSortable(true).setComparator(Comparator.comparing(r -> r.change() == null || r.change().scoreChange() == null
                            ? java.math.BigDecimal.valueOf(-1000) : r.change().scoreChange())).setWidth("6em").setFlexGrow(0)
                    .setTextAlign(ColumnTextAlign.END);
        }
        List<Criterion> areas = ranking.areas();
        for (int i = 0; i < areas.size(); i++) {
            int a = i;
            Criterion area = areas.get(i);
            Span header = new Span(area.code());
            header.getElement().setAttribute("title", area.name(locale) + " (" + Formats.decimal(area.max().doubleValue(), 0, locale) + ")");
            // the heat colour is continuous in the share: one of the few dynamic inline values
            grid.addColumn(LitRenderer.<RankingService.RankingRow>of("<span class=\"rk-heat\" style=\"background: ${item.heat}\">${item.points}</span>")
                            .withProperty("points", r -> RankingUi.points(r.areaPoints().get(a), locale))
                            .withProperty("heat", r -> RankingUi.heat(r.areaPoints().get(a).doubleValue() / area.max().doubleValue())))
                    .setHeader(header).setSortable(true).setComparator(Comparator.comparing(r -> r.areaPoints().get(a)))
                    .setWidth("4em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        grid.setItems(ranking.rows());
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(r -> r.unit().id() == selected.id() ? "rk-selected" : null);
        return grid;
    }

    /** The unit's name, a link to its page, and for a unit with units below it a link to their ranking. */
    private LitRenderer<RankingService.RankingRow> unitCell(RankingService.Ranking ranking) {
        Locale locale = getLocale();
        String drillLabel = getTranslation("rankings.drill");
        return LitRenderer.<RankingService.RankingRow>of("<span class=\"rk-unit-cell\"><a class=\"rk-unit-link\" href=\"${item.page}\">${item.name}</a>"
                        + "<a class=\"rk-drill\" href=\"${item.below}\" ?hidden=${!item.below}>${item.drillLabel}</a></span>")
                .withProperty("name", r -> UnitNames.name(r.unit(), locale))
                .withProperty("drillLabel", r -> drillLabel)
                .withProperty("page", r -> RouteLinks.unitPage(units, sel, ranking.index().code(), r.unit()))
                .withProperty("below", r -> r.drillDown() && units.canRead(r.unit())
                        ? "rankings?" + new QueryParameters(Map.of("unit", List.of(r.unit().code()), "period", List.of(sel.period().code()),
                        RankingUi.INDEX, List.of(ranking.index().code()), RankingUi.TIER, List.of(UnitTier.COMMUNE.name()))).getQueryString()
                        : "");
    }

    private void writerActions(HorizontalLayout toolbar, IndexDef index) {
        Locale locale = getLocale();
        if (!index.isPublished()) {
            Button importButton = new Button(getTranslation("rankings.import"), VaadinIcon.UPLOAD.create(), e ->
                    new ImportDialog(getTranslation("rankings.import.title", index.name(locale), String.valueOf(index.year())),
                            getTranslation("rankings.import.hint"), List.of(".xlsx"), bytes -> {
                        int n = indexes.importScores(index.id(), bytes);
                        getUI().ifPresent(ui -> ui.access(this::render));
                        return getTranslation("rankings.import.done", n);
                    }).open());
            importButton.setId("rk-import");
            Button importSurvey = new Button(getTranslation("rankings.survey.import"), VaadinIcon.USERS.create(), e ->
                    new ImportDialog(getTranslation("rankings.survey.import.title", index.name(locale), String.valueOf(index.year())),
                            getTranslation("rankings.survey.import.hint"), List.of(".xlsx", ".csv"), bytes -> {
                        int n = indexes.importSurvey(index.id(), bytes);
                        getUI().ifPresent(ui -> ui.access(this::render));
                        return getTranslation("rankings.survey.import.done", n);
                    }).open());
            importSurvey.setId("rk-import-survey");
            Button publish = new Button(getTranslation("rankings.publish"), VaadinIcon.LOCK.create(), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("rankings.publish"),
                        getTranslation("rankings.publish.confirm", String.valueOf(index.year())), getTranslation("rankings.publish"), ev -> {
                    try {
                        indexes.publish(index.id(), index.version());
                        render();
                    } catch (OptimisticLockingFailureException ex) {
                        error(getTranslation("rankings.error.stale"));
                    }
                });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            });
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("rk-publish");
            Button enter = new Button(getTranslation("rankings.enter"), VaadinIcon.EDIT.create(), e -> enterDialog(index).open());
            enter.setId("rk-enter");
            byte[] template = indexes.template(index.id(), locale);
            Anchor templateLink = new Anchor(DownloadHandler.fromInputStream(ev -> new DownloadResponse(new ByteArrayInputStream(template),
                    index.code() + "-" + index.year() + "-mau.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    template.length)), "");
            templateLink.add(new Button(getTranslation("rankings.template"), VaadinIcon.FILE_TABLE.create()));
            templateLink.setId("rk-template");
            toolbar.add(enter, importButton, importSurvey, templateLink, publish);
        } else {
            TextArea reason = new TextArea(getTranslation("rankings.correct.reason"));
            reason.setWidthFull();
            reason.setRequired(true);
            Button correct = new Button(getTranslation("rankings.correct"), VaadinIcon.EDIT.create(), e ->
                    new ImportDialog(getTranslation("rankings.correct.title", index.name(locale), String.valueOf(index.year())),
                            getTranslation("rankings.correct.hint"), List.of(".xlsx"), bytes -> {
                        try {
                            Revision r = indexes.correct(index.id(), index.version(), reason.getValue(), IndexService.parseScores(bytes));
                            getUI().ifPresent(ui -> ui.access(this::render));
                            return getTranslation("rankings.correct.done", String.valueOf(r.revision()));
                        } catch (OptimisticLockingFailureException ex) {
                            throw ImportRejectedException.localized("rankings.error.stale");
                        }
                    }, reason).open());
            correct.setId("rk-correct");
            toolbar.add(correct);
        }
    }

    /** One unit × criterion typed by hand: the same checks as an import. */
    private Dialog enterDialog(IndexDef index) {
        Locale locale = getLocale();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("rankings.enter.title", index.name(locale), String.valueOf(index.year())));
        ComboBox<UnitRef> unit = new ComboBox<>(getTranslation("rankings.col.unit"));
        UnitPicker.setUnits(unit, rankings.rankedUnits(index));
        unit.setItemLabelGenerator(u -> u.code() + " · " + UnitNames.name(u, locale));
        unit.setWidth("24em");
        ComboBox<Criterion> criterion = new ComboBox<>(getTranslation("rankings.lost.criterion"));
        var tree = indexes.tree(index.id());
        criterion.setItems(tree.leaves());
        criterion.setItemLabelGenerator(c -> c.code() + ". " + c.name(locale) + " (≤ " + Formats.decimal(c.max().doubleValue(), 2, locale) + ")");
        criterion.setWidth("24em");
        BigDecimalField self = new BigDecimalField(getTranslation("rankings.col.self"));
        BigDecimalField appraised = new BigDecimalField(getTranslation("rankings.col.appraised"));
        BigDecimalField survey = new BigDecimalField(getTranslation("rankings.col.survey"));
        criterion.addValueChangeListener(e -> {
            boolean isSurvey = e.getValue() != null && e.getValue().survey();
            self.setEnabled(!isSurvey);
            appraised.setEnabled(!isSurvey);
            survey.setEnabled(isSurvey);
        });
        Button save = new Button(getTranslation("action.save"), e -> {
            if (unit.getValue() == null || criterion.getValue() == null) {
                error(getTranslation("rankings.enter.choose"));
                return;
            }
            try {
                indexes.saveScores(index.id(), List.of(new IndexService.ScoreRow(1, unit.getValue().code(), criterion.getValue().code(),
                        self.isEnabled() ? self.getValue() : null, appraised.isEnabled() ? appraised.getValue() : null,
                        survey.isEnabled() ? survey.getValue() : null)));
                Notification.show(getTranslation("rankings.enter.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (ImportRejectedException ex) {
                error(String.join("; ", ex.errors().stream().map(r -> r.message(getLocale())).toList()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout body = new VerticalLayout(unit, criterion, new HorizontalLayout(self, appraised, survey));
        body.setPadding(false);
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()), save);
        return dialog;
    }

    private void addNational(long provinceId) {
        if (sel.unit().tier() == UnitTier.NATION) {
            // a province's results on the national indexes; the country's page ranks the provinces instead
            return;
        }
        List<vn.reformdesk.rankings.NationalResult> results = rankings.national(provinceId);
        NationalResultsCard card = new NationalResultsCard(results, national.parts(provinceId), getLocale());
        if (!results.isEmpty()) {
            UnitRef province = units.get(provinceId);
            Locale locale = getLocale();
            var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("rankings.national.excel"), "ket-qua-quoc-gia-" + province.code(),
                    () -> List.of(NationalResultsExport.results(rankings.national(provinceId), province, clock.today(), locale),
                            NationalResultsExport.parts(national.parts(provinceId), province, clock.today(), locale)));
            excel.setId("rk-national-excel");
            card.add(excel);
        }
        add(card);
    }

    private QueryParameters query(String index, String tier) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        sel.selection().toQuery().getParameters().forEach((k, v) -> q.put(k, new ArrayList<>(v)));
        if (index != null) {
            q.put(RankingUi.INDEX, List.of(index));
        }
        if (tier != null) {
            q.put(RankingUi.TIER, List.of(tier));
        }
        return new QueryParameters(q);
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

}
