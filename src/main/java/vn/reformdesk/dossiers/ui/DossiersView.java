package vn.reformdesk.dossiers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.ui.DrillDown;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ui.TextParts;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ui.ApexChart;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.ChartSpec;
import vn.reformdesk.base.ui.ImportDialog;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.dossiers.DossierImportService;
import vn.reformdesk.dossiers.DossierKpi;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.dossiers.DossierKpi.Target;
import vn.reformdesk.dossiers.DossierKpiService;
import vn.reformdesk.dossiers.DossierListKind;
import vn.reformdesk.dossiers.DossierTargetService;
import vn.reformdesk.dossiers.ReportedTotalService;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import vn.reformdesk.security.RoleRules;

/**
 * The one-stop dossier dashboard for the selected unit and period: KPI tiles with the change from the
 * previous period and the target colour, the reconciliation of the totals, the monthly trend, the
 * breakdowns by field and by channel × service level, and the children's table (worst late rate first;
 * a click drills down, the breadcrumb goes back up).
 */
@Route("dossiers")
@PageTitle("ReformDesk")
@Menu(order = 20, title = "dossiers.nav", icon = "vaadin:archives")
@PermitAll
class DossiersView extends VerticalLayout implements BeforeEnterObserver {

    /**
     * The list each tile opens: counts open the dossiers they count; shares of resolved and of received open their
     * numerator (early, on time, late, online); the shares of due open their denominator (the dossiers due).
     */
    static final Map<String, DossierListKind> LISTS = Map.ofEntries(Map.entry("received", DossierListKind.RECEIVED),
            Map.entry("resolved", DossierListKind.RESOLVED), Map.entry("early", DossierListKind.EARLY),
            Map.entry("on-time", DossierListKind.ON_TIME), Map.entry("late", DossierListKind.LATE),
            Map.entry("early-of-due", DossierListKind.DUE), Map.entry("on-time-of-due", DossierListKind.DUE),
            Map.entry("pending", DossierListKind.PENDING), Map.entry("overdue", DossierListKind.OVERDUE),
            Map.entry("waiting", DossierListKind.WAITING), Map.entry("online", DossierListKind.ONLINE),
            Map.entry("late-no-apology", DossierListKind.NEEDING_APOLOGY));

    private final SelectionService selections;
    private final DossierKpiService kpis;
    private final DossierTargetService targets;
    private final DossierImportService importer;
    private final ReportedTotalService totals;
    private final CurrentUser user;
    private SelectionService.@Nullable Resolved current;

    DossiersView(SelectionService selections, DossierKpiService kpis, DossierTargetService targets, DossierImportService importer,
                 ReportedTotalService totals, CurrentUserService currentUser) {
        this.selections = selections;
        this.kpis = kpis;
        this.targets = targets;
        this.importer = importer;
        this.totals = totals;
        this.user = currentUser.require();
        addClassName("dossiers-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = selections.resolve(event.getLocation().getQueryParameters());
        render();
    }

    private void render() {
        removeAll();
        SelectionService.Resolved sel = current;
        UnitRef unit = sel.unit();
        Period period = sel.period();
        Locale locale = getLocale();
        H1 title = new H1(getTranslation("dossiers.title", UnitNames.name(unit, locale)));
        DossierKpiService.Summary summary = kpis.summary(sel.readable(), period);
        Paragraph sub = new Paragraph(PeriodLabels.label(period, locale) + " · " + getTranslation("dossiers.as-of",
                Formats.date(summary.asOf(), locale)) + " · " + getTranslation("dossiers.compared-span",
                Formats.date(summary.previousFirst(), locale), Formats.date(summary.previousLast(), locale)));
        sub.addClassName("rd-note");
        sub.setId("dossiers-as-of");
        HorizontalLayout actions = actions(unit, period);
        HorizontalLayout header = new HorizontalLayout(new Div(title, sub), actions);
        header.addClassName("dossiers-header");
        header.setWidthFull();
        add(header);
        if (unit.validTo() != null && unit.validTo().isBefore(period.end())) {
            // an abolished unit's stocks moved to its heir: its figures stop on its last day, nothing counts twice
            Paragraph ended = new Paragraph(getTranslation("dossiers.ended-stocks", Formats.date(unit.validTo(), locale),
                    Formats.date(unit.validTo().plusDays(1), locale)));
            ended.addClassName("rd-note");
            ended.setId("dossiers-ended");
            add(ended);
        }

        Map<Target, Double> goals = targets.targets(sel.readable(), period.year());
        Div total = tiles(summary.current(), summary.previous(), goals, "");
        total.setId("dossier-tiles");
        add(total);
        if (summary.desk() != null && summary.below() != null) {
            add(parts(summary, goals, locale));
        }
        add(reconciliation(summary));

        Div charts = new Div();
        charts.addClassName("card-grid");
        charts.add(trend(unit, period), byField(unit, period), byChannel(unit, period));
        add(charts);
        add(children(unit, period));
    }

    // ---- actions ----

    private HorizontalLayout actions(UnitRef unit, Period period) {
        SelectionService.Resolved shownUnit = current;
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("dossiers-actions");
        boolean staff = RoleRules.keepsRecords(user);
        if (staff) {
            Button records = new Button(getTranslation("dossiers.import"), VaadinIcon.UPLOAD.create(), e -> new ImportDialog(
                    getTranslation("dossiers.import.title"), getTranslation("dossiers.import.hint",
                    Formats.integer(importer.maxUploadBytes() / (1024 * 1024), getLocale())), List.of(".csv"),
                    bytes -> {
                        DossierImportService.Result r = importer.importUpload(bytes);
                        getUI().ifPresent(ui -> ui.access(this::render));
                        return getTranslation("dossiers.import.done", Formats.integer(r.rows(), getLocale()),
                                Formats.integer(r.inserted(), getLocale()), Formats.integer(r.replaced(), getLocale()));
                    }).open());
            records.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            records.setId("dossiers-import");
            Button reported = new Button(getTranslation("dossiers.totals.import"), VaadinIcon.TABLE.create(), e -> new ImportDialog(
                    getTranslation("dossiers.totals.import.title"), getTranslation("dossiers.totals.import.hint"), List.of(".csv"),
                    bytes -> {
                        int n = totals.importCsv(bytes);
                        getUI().ifPresent(ui -> ui.access(this::render));
                        return getTranslation("dossiers.totals.import.done", Formats.integer(n, getLocale()));
                    }).open());
            reported.setId("dossiers-totals-import");
            bar.add(records, reported);
        }
        if (RoleRules.reportsFigures(user)) {
            Button enter = new Button(getTranslation("dossiers.totals.enter"), VaadinIcon.EDIT.create(),
                    e -> new ReportedTotalsDialog(totals, shownUnit.readable(), period, this::render).open());
            enter.setId("dossiers-totals-enter");
            bar.add(enter);
        }
        // the tiles' targets are kept, per unit and year with their history, on the targets page
        com.vaadin.flow.component.html.Anchor goals = new com.vaadin.flow.component.html.Anchor(
                "targets?unit=" + unit.code() + "&period=" + period.code(), getTranslation("dossiers.targets"));
        goals.setId("dossiers-targets");
        bar.add(goals);
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("dossiers.excel"), "ho-so-" + unit.code() + "-" + period.code(),
                () -> List.of(DossierExport.children(kpis, shownUnit.readable(), period, getLocale())));
        excel.setId("dossiers-excel");
        bar.add(excel);
        return bar;
    }

    // ---- tiles ----

    /**
     * The unit's own desk, the units below it together, and the total, side by side with the same tiles; each tile of
     * the own desk and of the units below opens its list filtered by {@link DossierKpi.Part}, the split's one rule.
     */
    private Component parts(DossierKpiService.Summary s, Map<Target, Double> goals, Locale l) {
        Div row = new Div();
        row.addClassName("dossier-parts");
        row.setId("dossier-parts");
        String[][] parts = {{"desk", "dossiers.part.desk"}, {"below", "dossiers.part.below"}, {"total", "dossiers.part.total"}};
        for (String[] part : parts) {
            DossierKpiService.Part p = switch (part[0]) {
                case "desk" -> s.desk();
                case "below" -> s.below();
                default -> new DossierKpiService.Part(s.current(), s.previous());
            };
            Div column = new Div(new H3(getTranslation(part[1])));
            column.addClassName("dossier-part");
            column.setId("dossier-part-" + part[0]);
            Div tiles = tiles(p.current(), p.previous(), goals, part[0] + "-");
            tiles.addClassName("dossier-tiles-compact");
            column.add(tiles);
            row.add(column);
        }
        Card card = new Card(getTranslation("dossiers.parts"), row, note("dossiers.parts.note"));
        card.addClassName("dossier-parts-card");
        return card;
    }

    private Div tiles(Figures f, Figures p, Map<Target, Double> goals, String prefix) {
        Locale l = getLocale();
        boolean noPrevious = p.isEmpty();
        Div grid = new Div();
        grid.addClassName("dossier-tiles");
        grid.add(count(prefix, "received", f.received(), p.received(), noPrevious, getTranslation("dossiers.def.received")
                + carried(f), null, goals));
        grid.add(count(prefix, "resolved", f.resolved(), p.resolved(), noPrevious, getTranslation("dossiers.def.resolved",
                Formats.integer(f.early(), l), Formats.integer(f.onTime(), l), lateText(f)), null, goals));
        grid.add(pct(prefix, "early", f.earlyPct(), p.earlyPct(), ofResolved(f, f.coverage().earlyKnown()) + ofReceived(f.earlyOfReceivedPct()),
                null, goals));
        // the committee's target is on early + on time together: shown and coloured on this tile from that value
        Double both = goals.get(Target.EARLY_OR_ON_TIME);
        String bothText = getTranslation("dossiers.target.early-or-on-time",
                f.earlyOrOnTimePct() == null ? "–" : Formats.percent(f.earlyOrOnTimePct(), l),
                both == null ? "–" : Formats.percent(both, l));
        Div onTime = pct(prefix, "on-time", f.onTimePct(), p.onTimePct(), ofResolved(f, f.coverage().onTimeKnown())
                + ofReceived(f.onTimeOfReceivedPct()), null, goals, bothText);
        DossierKpi.Rating rating = DossierKpi.rate(Target.EARLY_OR_ON_TIME, f.earlyOrOnTimePct(), both);
        onTime.addClassName("rating-" + rating.name().toLowerCase(Locale.ROOT));
        grid.add(onTime);
        grid.add(pct(prefix, "late", f.latePct(), p.latePct(), ofResolved(f, f.late()), Target.LATE, goals));
        grid.add(pct2(prefix, "early-of-due", f.earlyOfDuePct(), p.earlyOfDuePct(), ofDue(f, f.dueEarly())));
        grid.add(pct2(prefix, "on-time-of-due", f.onTimeOfDuePct(), p.onTimeOfDuePct(), ofDue(f, f.dueOnTime())));
        boolean pendingKnown = f.coverage().missingPending() == 0 || f.coverage().missingPending() < f.reportedUnits();
        grid.add(count(prefix, "pending", pendingKnown ? f.pending() : null, p.pending(), noPrevious, getTranslation("dossiers.def.pending")
                + reportedBy(f, f.coverage().missingPending()), null, goals));
        Double overdue = f.value(Target.OVERDUE);
        grid.add(count(prefix, "overdue", overdue == null ? null : f.overdue(), p.overdue(), noPrevious, getTranslation("dossiers.def.overdue")
                + reportedBy(f, Math.max(f.coverage().missingOverdue(), f.coverage().missingPending())), Target.OVERDUE, goals));
        if (f.waiting() > 0) {
            grid.add(count(prefix, "waiting", f.waiting(), p.waiting(), noPrevious, getTranslation("dossiers.def.waiting"), null, goals));
        }
        grid.add(pct(prefix, "online", f.onlinePct(), p.onlinePct(), (f.onlinePct() == null ? getTranslation("dossiers.def.not-reported")
                : getTranslation("dossiers.def.of-received", Formats.integer(f.receivedOnline(), l),
                Formats.integer(f.coverage().onlineBase(), l))) + reportedBy(f, f.coverage().missingOnline()), Target.ONLINE, goals));
        Double needing = f.value(Target.LATE_NO_APOLOGY);
        grid.add(count(prefix, "late-no-apology", needing == null ? null : f.needingApology(), p.needingApology(), noPrevious,
                needing == null ? getTranslation("dossiers.def.not-reported") : getTranslation("dossiers.def.late-no-apology",
                        f.apologyCoveragePct() == null ? "–" : Formats.percent(f.apologyCoveragePct(), l),
                        Formats.integer(f.late(), l), Formats.integer(f.overdue(), l)), Target.LATE_NO_APOLOGY, goals));
        return grid;
    }

    private String lateText(Figures f) {
        return f.coverage().missingLate() > 0 && f.coverage().missingLate() == f.reportedUnits() && f.late() == 0 ? "?"
                : Formats.integer(f.late(), getLocale());
    }

    private String carried(Figures f) {
        return f.carriedIn() == 0 ? "" : " · " + getTranslation("dossiers.def.carried", Formats.integer(f.carriedIn(), getLocale()));
    }

    /** "x of y resolved", or that resolved is unknown (late not reported), with the reporting units. */
    private String ofResolved(Figures f, long part) {
        if (f.resolvedKnown() == 0 && f.coverage().missingLate() > 0) {
            return getTranslation("dossiers.def.late-not-reported");
        }
        return getTranslation("dossiers.def.of-resolved", Formats.integer(part, getLocale()), Formats.integer(f.resolvedKnown(), getLocale()))
                + reportedBy(f, f.coverage().missingLate());
    }

    private String ofDue(Figures f, long part) {
        if (f.due() == 0) {
            return getTranslation("dossiers.def.no-due");
        }
        return getTranslation("dossiers.def.of-due", Formats.integer(part, getLocale()), Formats.integer(f.due(), getLocale()))
                + reportedBy(f, f.coverage().missingDue());
    }

    /** " · reported by n of m units" when some reporting unit left the field empty. */
    private String reportedBy(Figures f, int missing) {
        if (missing <= 0 || f.reportedUnits() <= 0) {
            return "";
        }
        return " · " + getTranslation("dossiers.def.reported-by", f.reportedUnits() - missing, f.reportedUnits());
    }

    private String ofReceived(@Nullable Double pct) {
        return pct == null ? "" : " · " + getTranslation("dossiers.def.of-received-short", Formats.percent(pct, getLocale()));
    }

    private Div count(String prefix, String key, @Nullable Long value, long previous, boolean noPrevious, String definition,
                      @Nullable Target target, Map<Target, Double> goals) {
        String change = value == null ? "" : noPrevious ? getTranslation("dossiers.change.none")
                : previous == 0 && value == 0 ? "" : getTranslation("dossiers.change.count",
                (value >= previous ? "+" : "−") + Formats.integer(Math.abs(value - previous), getLocale()));
        return tile(prefix, key, value == null ? "–" : Formats.integer(value, getLocale()), value == null ? null : (double) value,
                change, definition, target, goals);
    }

    private Div pct(String prefix, String key, @Nullable Double value, @Nullable Double previous, String definition,
                    @Nullable Target target, Map<Target, Double> goals) {
        return pct(prefix, key, value, previous, definition, target, goals, null);
    }

    private Div pct(String prefix, String key, @Nullable Double value, @Nullable Double previous, String definition,
                    @Nullable Target target, Map<Target, Double> goals, @Nullable String targetLine) {
        String change = value == null ? "" : previous == null ? getTranslation("dossiers.change.none")
                : getTranslation("dossiers.change.points", (value >= previous ? "+" : "−") + Formats.decimal(Math.abs(value - previous), 1, getLocale()));
        return tile(prefix, key, value == null ? "–" : Formats.percent(value, getLocale()), value, change, definition, target, goals, targetLine);
    }

    /** A share of due, with the two decimals provinces publish. */
    private Div pct2(String prefix, String key, @Nullable Double value, @Nullable Double previous, String definition) {
        String change = value == null ? "" : previous == null ? getTranslation("dossiers.change.none")
                : getTranslation("dossiers.change.points", (value >= previous ? "+" : "−") + Formats.decimal(Math.abs(value - previous), 2, getLocale()));
        return tile(prefix, key, value == null ? "–" : Formats.decimal(value, 2, getLocale()) + "%", value, change, definition, null, Map.of());
    }

    private Div tile(String prefix, String key, String value, @Nullable Double number, String change, String definition,
                     @Nullable Target target, Map<Target, Double> goals) {
        return tile(prefix, key, value, number, change, definition, target, goals, null);
    }

    /** A figure's tile; {@code targetLine}, when given, is the target shown under the value instead of the goal's. */
    private Div tile(String prefix, String key, String value, @Nullable Double number, String change, String definition,
                     @Nullable Target target, Map<Target, Double> goals, @Nullable String targetLine) {
        Div tile = new Div();
        tile.addClassNames("dossier-tile", "rd-card");
        tile.setId(prefix + "tile-" + key);
        // the tile's texts are one element with styled parts, not components: a page holds some twenty tiles
        List<TextParts.Part> parts = new java.util.ArrayList<>();
        parts.add(TextParts.part("dossier-tile-caption", getTranslation("dossiers.tile." + key)));
        parts.add(TextParts.part("dossier-tile-value", value));
        if (targetLine != null) {
            parts.add(TextParts.part("dossier-tile-target", targetLine));
        }
        if (target != null) {
            Double g = goals.get(target);
            DossierKpi.Rating rating = DossierKpi.rate(target, number, g);
            tile.addClassName("rating-" + rating.name().toLowerCase(Locale.ROOT));
            if (g != null) {
                String gText = target == Target.OVERDUE || target == Target.LATE_NO_APOLOGY ? Formats.integer(Math.round(g), getLocale())
                        : Formats.percent(g, getLocale());
                parts.add(TextParts.part("dossier-tile-target", getTranslation("dossiers.target." + (target.higherIsWorse() ? "max" : "min"), gText)));
            }
        }
        parts.add(TextParts.part("dossier-tile-change", change));
        parts.add(TextParts.part("dossier-tile-def", definition));
        TextParts.fill(tile, parts);
        DossierListKind kind = LISTS.get(key);
        SelectionService.Resolved sel = current;
        if (kind != null && sel != null) {
            // the total's tiles open the whole list; the split's tiles the unit's own desk or the units below it
            DossierKpi.Part part = prefix.equals("desk-") ? DossierKpi.Part.OWN_DESK : prefix.equals("below-") ? DossierKpi.Part.BELOW : null;
            vn.reformdesk.base.ui.FigureLink.opens(tile, getTranslation("dossiers.list.open"), () -> getUI().ifPresent(ui ->
                    ui.navigate(DossierListView.class, DossierListView.link(sel, kind, part))));
        }
        return tile;
    }

    private Component reconciliation(DossierKpiService.Summary s) {
        Div box = new Div();
        box.addClassName("dossier-notes");
        box.setId("dossier-notes");
        Locale l = getLocale();
        Figures f = s.current();
        if (f.unexplained() != 0) {
            Figures rep = s.reportedUsed().stream().map(DossierKpiService.Reported::figures).reduce(Figures.EMPTY, Figures::plus);
            Div warn = new Div(new Span(getTranslation("dossiers.unexplained", Formats.integer(f.unexplained(), l),
                    Formats.integer(rep.received(), l), Formats.integer(rep.resolved(), l),
                    Formats.integer(rep.withdrawn(), l), Formats.integer(rep.pending(), l))));
            warn.addClassNames("dossier-warning");
            warn.setId("dossier-unexplained");
            box.add(warn);
        }
        for (DossierKpiService.Reported r : s.reportedUsed()) {
            Paragraph p = new Paragraph(getTranslation("dossiers.reported.used", r.unitName(), r.unitCode(), r.periodCode()));
            p.addClassName("rd-note");
            box.add(p);
        }
        for (DossierKpiService.Reported r : s.reportedSuperseded()) {
            Paragraph p = new Paragraph(getTranslation("dossiers.reported.superseded", r.unitName(), r.unitCode(), r.periodCode()));
            p.addClassName("rd-note");
            box.add(p);
        }
        Paragraph rule = new Paragraph(getTranslation("dossiers.definitions"));
        rule.addClassName("rd-note");
        box.add(rule);
        return box;
    }

    // ---- charts ----

    private Component trend(UnitRef unit, Period period) {
        List<DossierKpiService.Slice> months = kpis.trend(current.readable(), period);
        List<String> labels = months.stream().map(m -> m.key().substring(5) + "/" + m.key().substring(0, 4)).toList();
        ChartSpec spec = ChartSpec.of(ChartSpec.Type.BAR, "", labels, List.of(
                        ChartSpec.Series.keyed("dossiers.early", getTranslation("dossiers.tile.early"), months.stream().map(m -> m.figures().early()).toList()),
                        ChartSpec.Series.keyed("dossiers.on-time", getTranslation("dossiers.tile.on-time"), months.stream().map(m -> m.figures().onTime()).toList()),
                        ChartSpec.Series.keyed("dossiers.late", getTranslation("dossiers.tile.late"), months.stream().map(m -> m.figures().late()).toList())))
                .withStacked(true).withHeight(300);
        ApexChart chart = new ApexChart(spec);
        chart.setId("dossiers-trend");
        return new Card(getTranslation("dossiers.chart.trend"), chart, note("dossiers.chart.records-only"));
    }

    private Component byField(UnitRef unit, Period period) {
        List<DossierKpiService.Slice> fields = kpis.byField(current.readable(), period);
        ChartSpec spec = ChartSpec.of(ChartSpec.Type.BAR, "", fields.stream().map(s -> fieldLabel(s.key())).toList(), List.of(
                        ChartSpec.Series.keyed("dossiers.early", getTranslation("dossiers.tile.early"), fields.stream().map(s -> s.figures().early()).toList()),
                        ChartSpec.Series.keyed("dossiers.on-time", getTranslation("dossiers.tile.on-time"), fields.stream().map(s -> s.figures().onTime()).toList()),
                        ChartSpec.Series.keyed("dossiers.late", getTranslation("dossiers.tile.late"), fields.stream().map(s -> s.figures().late()).toList())))
                .withStacked(true).withHorizontal(true)
                .withHeight(Math.max(220, 34 * fields.size() + 80));
        ApexChart chart = new ApexChart(spec);
        chart.setId("dossiers-by-field");
        return new Card(getTranslation("dossiers.chart.field"), chart, note("dossiers.chart.records-only"));
    }

    private Component byChannel(UnitRef unit, Period period) {
        List<DossierKpiService.Slice> slices = kpis.byChannelAndLevel(current.readable(), period);
        List<String> levels = slices.stream().map(s -> s.key2() == null ? "NONE" : s.key2()).distinct().sorted().toList();
        List<String> channels = slices.stream().map(DossierKpiService.Slice::key).distinct().sorted().toList();
        List<ChartSpec.Series> series = new ArrayList<>();
        for (String level : levels) {
            List<Long> data = channels.stream().map(c -> slices.stream().filter(s -> s.key().equals(c) && level.equals(s.key2()))
                    .mapToLong(s -> s.figures().received()).sum()).toList();
            series.add(ChartSpec.Series.keyed("dossiers.level." + level, getTranslation("dossiers.level." + level), data));
        }
        ChartSpec spec = ChartSpec.of(ChartSpec.Type.BAR, "", channels.stream().map(c -> getTranslation("dossiers.channel." + c)).toList(), series)
                .withStacked(true).withHeight(300);
        ApexChart chart = new ApexChart(spec);
        chart.setId("dossiers-by-channel");
        return new Card(getTranslation("dossiers.chart.channel"), chart, note("dossiers.chart.channel.note"));
    }

    private String fieldLabel(String code) {
        String t = getTranslation("dossiers.field." + code);
        return t.startsWith("!") ? code : t;
    }

    private Paragraph note(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("rd-note");
        return p;
    }

    // ---- drill-down ----

    private Component children(UnitRef unit, Period period) {
        List<DossierKpiService.ChildRow> rows = kpis.children(current.readable(), period);
        Locale l = getLocale();
        if (rows.isEmpty()) {
            return new Card(getTranslation("dossiers.children"), new Paragraph(getTranslation("overview.no-children")));
        }
        Grid<DossierKpiService.ChildRow> grid = new Grid<>();
        grid.setId("dossiers-children");
        grid.addClassName("dossiers-children");
        grid.addColumn(r -> UnitNames.name(r.unit(), l)).setHeader(getTranslation("unit.name")).setWidth("15rem").setFlexGrow(0)
                .setFrozen(true).setSortable(true).setComparator(r -> r.unit().name()).setKey("name");
        grid.addColumn(r -> UnitNames.tier(r.unit().tier(), l)).setHeader(getTranslation("unit.kind")).setAutoWidth(true)
                .setSortable(true).setComparator(r -> r.unit().tier());
        number(grid, "received", f -> f.received());
        number(grid, "resolved", Figures::resolved);
        percent(grid, "early", Figures::earlyPct);
        percent(grid, "on-time", Figures::onTimePct);
        Grid.Column<DossierKpiService.ChildRow> late = percent(grid, "late", Figures::latePct);
        number(grid, "pending", f -> f.pending());
        number(grid, "overdue", f -> f.overdue());
        percent(grid, "online", Figures::onlinePct);
        number(grid, "late-no-apology", Figures::lateWithoutApology);
        grid.setItems(rows);
        grid.setWidthFull();
        grid.sort(List.of(new GridSortOrder<>(late, SortDirection.DESCENDING)));
        DrillDown.rows(grid, row -> getUI().ifPresent(ui -> ui.navigate(DossiersView.class,
                current.selection().withUnit(row.unit().code()).toQuery())));
        grid.setAllRowsVisible(rows.size() <= 30);
        if (rows.size() > 30) {
            grid.setHeight("40rem");
        }
        Card card = new Card(getTranslation("dossiers.children"), grid, note("dossiers.children.note"));
        card.addClassName("dossiers-children-card");
        return card;
    }

    private void number(Grid<DossierKpiService.ChildRow> grid, String key, Function<Figures, Long> value) {
        grid.addColumn(r -> Formats.integer(value.apply(r.figures()), getLocale())).setHeader(getTranslation("dossiers.col." + key))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(r -> value.apply(r.figures()))).setKey(key);
    }

    private Grid.Column<DossierKpiService.ChildRow> percent(Grid<DossierKpiService.ChildRow> grid, String key,
                                                              Function<Figures, @Nullable Double> value) {
        ToDoubleFunction<DossierKpiService.ChildRow> sortValue = r -> {
            Double v = value.apply(r.figures());
            return v == null ? -1 : v;
        };
        return grid.addColumn(r -> {
                    Double v = value.apply(r.figures());
                    return v == null ? "–" : Formats.percent(v, getLocale());
                }).setHeader(getTranslation("dossiers.col." + key)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setSortable(true).setComparator(Comparator.comparingDouble(sortValue)).setKey(key);
    }
}
