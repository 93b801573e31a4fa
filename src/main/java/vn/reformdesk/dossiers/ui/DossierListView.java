package vn.reformdesk.dossiers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ui.DownloadContext;
import vn.reformdesk.base.ui.ExcelDownload;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.dossiers.DossierKpi;
import vn.reformdesk.dossiers.DossierKpiService;
import vn.reformdesk.dossiers.DossierListKind;
import vn.reformdesk.dossiers.DossierListPages;
import vn.reformdesk.dossiers.ArchivedRecords;
import vn.reformdesk.dossiers.DossierListService;
import vn.reformdesk.dossiers.DossierListService.Filter;
import vn.reformdesk.dossiers.DossierListService.Query;
import vn.reformdesk.dossiers.DossierListService.Sort;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dossiers behind a figure of the dossier page ({@code dossiers/list?unit=…&period=…&list=overdue}): the same
 * unit, period and as-of day, loaded page by page and sorted in the database, with filters, a search by id and an
 * Excel export of up to {@link DossierListService#EXPORT_LIMIT} rows. The filters, the sort and the id search live in
 * the URL query ({@link DossierListParameters}), so a reload, the browser's back button, a copied link and the export
 * keep them; a value the list does not know is ignored and named in a note.
 */
@Route("dossiers/list")
@PageTitle("ReformDesk")
@PermitAll
public class DossierListView extends VerticalLayout implements BeforeEnterObserver {

    public static final String LIST = DossierListParameters.LIST;
    /** Field codes offered in the filter (those the one-stop systems send). */
    static final List<String> FIELDS = List.of("LAND", "CIVIL_STATUS", "BUSINESS", "CONSTRUCTION", "JUSTICE", "SOCIAL", "TRANSPORT", "OTHER");
    static final List<String> DESKS = List.of("PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE");
    static final List<String> CHANNELS = List.of("ONLINE", "IN_PERSON", "POST");

    private final SelectionService selections;
    private final DossierListService list;
    private final DossierKpiService kpis;

    private final ComboBox<String> field = new ComboBox<>();
    private final ComboBox<String> desk = new ComboBox<>();
    private final ComboBox<DossierKpi.Status> status = new ComboBox<>();
    private final ComboBox<String> channel = new ComboBox<>();
    private final TextField id = new TextField();
    private final ComboBox<DossierKpi.Part> part = new ComboBox<>();
    private final Paragraph ignored = new Paragraph();
    private final Span count = new Span();
    private final Paragraph exportNote = new Paragraph();
    /** Says that nothing was found, naming the id searched for (the count alone said only "0 dossiers"). */
    private final Paragraph none = new Paragraph();
    /** Says that the list may miss archived records (a period starting before the last archived dossier closed). */
    private final Paragraph archived = new Paragraph();
    private final Grid<DossierListService.Row> grid = new Grid<>();
    private @Nullable Anchor export;
    private @Nullable UnitRef unit;
    private @Nullable Period period;
    private DossierListKind kind = DossierListKind.RECEIVED;
    private Sort sort = Sort.ID;
    private boolean ascending = true;
    /** True while the URL's values are put into the filters (their change listeners then neither reload nor rewrite the URL). */
    private boolean restoring;
    /** The list as opened for the grid (its count and its pages); reopened when a filter, the order or the data changes. */
    private @Nullable DossierListPages pages;
    private final Div reportedBox = new Div();
    private DossierKpiService.@Nullable Summary summary;
    private SelectionService.@Nullable Resolved selection;

    DossierListView(SelectionService selections, DossierListService list, DossierKpiService kpis) {
        this.selections = selections;
        this.list = list;
        this.kpis = kpis;
        addClassName("dossier-list-view");
        setWidthFull();
        setHeightFull();
        // the items before any value: the URL's values are set into the filters on entering
        field.setItems(FIELDS);
        desk.setItems(DESKS);
        status.setItems(DossierKpi.Status.values());
        channel.setItems(CHANNELS);
        part.setItems(DossierKpi.Part.values());
        for (var f : List.of(field, desk, channel)) {
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> changed());
        }
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> changed());
        part.setClearButtonVisible(true);
        part.addValueChangeListener(e -> changed());
        id.setClearButtonVisible(true);
        id.setValueChangeMode(ValueChangeMode.LAZY);
        id.addValueChangeListener(e -> changed());
        grid.setMultiSort(false);
        grid.addSortListener(e -> {
            if (!restoring) {
                var order = e.getSortOrder().isEmpty() ? null : e.getSortOrder().getFirst();
                sort = order == null ? defaultSort() : Sort.valueOf(order.getSorted().getKey());
                ascending = order == null ? defaultSort() != Sort.DAYS_LATE : order.getDirection() == SortDirection.ASCENDING;
                writeUrl();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SelectionService.Resolved sel = selections.resolve(event.getLocation().getQueryParameters());
        selection = sel;
        unit = sel.unit();
        period = sel.period();
        DossierListParameters url = DossierListParameters.read(event.getLocation().getQueryParameters());
        kind = url.kind() == null ? DossierListKind.RECEIVED : url.kind();
        render(sel, url);
    }

    /** A filter changed: reload the list and keep the new state in the URL. */
    private void changed() {
        if (restoring) {
            return;
        }
        refresh();
        showReported();
        writeUrl();
    }

    private void showReported() {
        reportedBox.removeAll();
        if (summary != null) {
            reportedNote(summary).ifPresent(reportedBox::add);
        }
    }

    /** The list's state as URL parameters (unit and period first), replacing the current history entry. */
    private QueryParameters state() {
        Filter f = query().filter();
        boolean defaultOrder = sort == defaultSort() && ascending == (defaultSort() != Sort.DAYS_LATE);
        return DossierListParameters.write(selection.selection().toQuery(), kind, f, defaultOrder ? null : sort, ascending);
    }

    private void writeUrl() {
        if (selection == null) {
            return;
        }
        QueryParameters q = state();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new com.vaadin.flow.router.Location("dossiers/list", q)));
    }

    private Query query() {
        return new Query(unit, period, kind, new Filter(field.getValue(), desk.getValue(), status.getValue(), channel.getValue(),
                id.getValue().isBlank() ? null : id.getValue().trim(), part.getValue()));
    }

    private void render(SelectionService.Resolved sel, DossierListParameters url) {
        removeAll();
        DossierKpiService.Summary summary = kpis.summary(sel.readable(), period);
        boolean split = summary.desk() != null;
        Locale l = getLocale();
        add(new H1(getTranslation("dossiers.list.title", getTranslation("dossiers.list.kind." + kind.code()), UnitNames.name(unit, l))));
        Paragraph sub = new Paragraph(PeriodLabels.label(period, l) + " · " + getTranslation("dossiers.as-of",
                Formats.date(list.asOf(period), l)) + " · " + getTranslation("dossiers.list.rule." + kind.code()));
        sub.addClassName("rd-note");
        sub.setId("dossier-list-as-of");
        Button back = new Button(getTranslation("dossiers.list.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(DossiersView.class, sel.selection().toQuery())));
        back.setId("dossier-list-back");
        add(back, sub);
        archived.setId("dossier-list-archived");
        archived.addClassName("rd-note");
        String archivedText = archivedText();
        archived.setText(archivedText == null ? "" : archivedText);
        archived.setVisible(archivedText != null);
        add(archived);
        List<String> bad = new java.util.ArrayList<>(url.ignored());
        if (url.filter().part() != null && !split) {
            bad.add(DossierListParameters.PART + "=" + url.filter().part().code());
        }
        ignored.setId("dossier-list-ignored");
        ignored.addClassName("rd-note");
        ignored.setText(bad.isEmpty() ? "" : getTranslation("dossiers.list.ignored", String.join(", ", bad)));
        ignored.setVisible(!bad.isEmpty());
        add(ignored);

        field.setLabel(getTranslation("dossiers.list.col.field"));
        field.setItemLabelGenerator(c -> label("dossiers.field." + c, c));
        field.setId("dossier-list-field");
        desk.setLabel(getTranslation("dossiers.list.col.desk"));
        desk.setItemLabelGenerator(c -> getTranslation("dossiers.list.desk." + c));
        desk.setId("dossier-list-desk");
        status.setLabel(getTranslation("dossiers.list.col.status"));
        status.setItemLabelGenerator(s -> getTranslation("dossiers.list.status." + s.name()));
        status.setId("dossier-list-status");
        channel.setLabel(getTranslation("dossiers.list.channel"));
        channel.setItemLabelGenerator(c -> getTranslation("dossiers.channel." + c));
        channel.setId("dossier-list-channel");
        part.setLabel(getTranslation("dossiers.list.part"));
        part.setItemLabelGenerator(p -> getTranslation(p == DossierKpi.Part.OWN_DESK ? "dossiers.part.desk" : "dossiers.part.below"));
        part.setId("dossier-list-part");
        part.setVisible(split);
        // an empty filter takes every value: it says so, instead of an empty box
        for (ComboBox<?> filter : List.of(field, desk, status, channel, part)) {
            filter.setPlaceholder(getTranslation("dossiers.list.all"));
        }
        id.setLabel(getTranslation("dossiers.list.search"));
        id.setPlaceholder(getTranslation("dossiers.list.search.placeholder"));
        id.setId("dossier-list-search");
        restoring = true;
        try {
            field.setValue(url.filter().field());
            desk.setValue(url.filter().desk());
            status.setValue(url.filter().status());
            channel.setValue(url.filter().channel());
            id.setValue(url.filter().id() == null ? "" : url.filter().id());
            part.setValue(split ? url.filter().part() : null);
        } finally {
            restoring = false;
        }
        this.summary = summary;
        add(reportedBox);
        showReported();

        export = exportAnchor();
        HorizontalLayout filters = new HorizontalLayout(part, field, desk, status, channel, id, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        count.setId("dossier-list-count");
        count.addClassName("dossier-list-count");
        exportNote.addClassName("rd-note");
        exportNote.setId("dossier-list-export-note");
        none.setId("dossier-list-none");
        none.addClassName("rd-note");
        none.getElement().setAttribute("role", "status");
        none.setVisible(false);
        add(filters, new Div(count), none, exportNote);

        grid.removeAllColumns();
        grid.setId("dossier-list");
        grid.addColumn(DossierListService.Row::id).setHeader(getTranslation("dossiers.list.col.id")).setKey(Sort.ID.name())
                .setSortable(true).setAutoWidth(true).setFrozen(true);
        grid.addColumn(DossierListService.Row::procedure).setHeader(getTranslation("dossiers.list.col.procedure"))
                .setKey(Sort.PROCEDURE.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> label("dossiers.field." + r.field(), r.field())).setHeader(getTranslation("dossiers.list.col.field"))
                .setKey(Sort.FIELD.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("dossiers.list.desk." + r.desk())).setHeader(getTranslation("dossiers.list.col.desk"))
                .setKey(Sort.DESK.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.received(), l)).setHeader(getTranslation("dossiers.list.col.received"))
                .setKey(Sort.RECEIVED.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.due(), l)).setHeader(getTranslation("dossiers.list.col.due"))
                .setKey(Sort.DUE.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.resolved() == null ? "–" : Formats.dateTime(r.resolved(), l))
                .setHeader(getTranslation("dossiers.list.col.resolved")).setKey(Sort.RESOLVED.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("dossiers.list.status." + r.status().name())).setHeader(getTranslation("dossiers.list.col.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.daysLate() == 0 ? "" : Formats.integer(r.daysLate(), l)).setHeader(getTranslation("dossiers.list.col.days-late"))
                .setKey(Sort.DAYS_LATE.name()).setSortable(true).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.supplementDays() == 0 ? "" : Formats.integer(r.supplementDays(), l))
                .setHeader(getTranslation("dossiers.list.col.supplement")).setKey(Sort.SUPPLEMENT.name()).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> !r.apology() ? "" : r.apologyDate() == null ? getTranslation("dossiers.list.apology.yes")
                : Formats.date(r.apologyDate(), l)).setHeader(getTranslation("dossiers.list.col.apology")).setAutoWidth(true);
        grid.setWidthFull();
        grid.setHeight("36rem");
        grid.setPageSize(50);
        sort = url.sort() == null ? defaultSort() : url.sort();
        ascending = url.sort() == null ? defaultSort() != Sort.DAYS_LATE : url.ascending();
        pages = null;
        grid.setItems(q -> {
            QuerySortOrder o = q.getSortOrders().isEmpty() ? null : q.getSortOrders().getFirst();
            Sort by = o == null ? defaultSort() : Sort.valueOf(o.getSorted());
            boolean asc = o == null ? defaultSort() != Sort.DAYS_LATE : o.getDirection() == SortDirection.ASCENDING;
            return pages(by, asc).page(q.getOffset(), q.getLimit()).stream();
        }, q -> {
            // the count does not depend on the order: a list open in another order keeps its count
            Query current = query();
            DossierListPages open = pages != null && pages.query().equals(current) ? pages : pages(sort, ascending);
            long n = open.count();
            showCount(n, current.filter());
            return (int) Math.min(Integer.MAX_VALUE, n);
        });
        restoring = true;
        try {
            // the URL's sort, or none (the list's default order) when the same view is entered again without one
            grid.sort(url.sort() == null ? List.of() : List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
                    grid.getColumnByKey(sort.name()), ascending ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
        } finally {
            restoring = false;
        }
        add(grid);
    }

    /** Overdue and late lists open with the most days late first; the others by id. */
    private Sort defaultSort() {
        return kind == DossierListKind.OVERDUE || kind == DossierListKind.LATE || kind == DossierListKind.NEEDING_APOLOGY
                ? Sort.DAYS_LATE : Sort.ID;
    }

    /** The list opened in this order, kept while the filters and the order stay the same. */
    private DossierListPages pages(Sort by, boolean asc) {
        Query current = query();
        if (pages == null || !pages.query().equals(current) || pages.sort() != by || pages.ascending() != asc) {
            pages = list.open(current, by, asc);
        }
        return pages;
    }

    private void refresh() {
        pages = null;
        grid.getDataProvider().refreshAll();
    }

    private void showCount(long n, Filter filter) {
        Locale l = getLocale();
        count.setText(getTranslation("dossiers.list.count", n));
        none.setVisible(n == 0);
        none.setText(n != 0 ? "" : filter.id() != null ? getTranslation("dossiers.list.none.id", filter.id())
                : filter.equals(Filter.NONE) ? getTranslation("dossiers.list.none.empty") : getTranslation("dossiers.list.none"));
        boolean tooMany = n > DossierListService.EXPORT_LIMIT;
        if (export != null) {
            export.setEnabled(!tooMany);
        }
        exportNote.setText(tooMany ? getTranslation("dossiers.list.export.too-many", Formats.integer(n, l),
                Formats.integer(DossierListService.EXPORT_LIMIT, l)) : getTranslation("dossiers.list.export.limit",
                Formats.integer(DossierListService.EXPORT_LIMIT, l)));
    }

    private Anchor exportAnchor() {
        Locale l = getLocale();
        Anchor a = new Anchor((DownloadHandler) event -> DownloadContext.inPage(event, () -> {
            Query q = query();
            Map<String, String> t = DossierListExport.labels(this::getTranslation);
            List<String> context = new java.util.ArrayList<>(List.of(
                    getTranslation("dossiers.list.title", getTranslation("dossiers.list.kind." + kind.code()), UnitNames.name(unit, l)),
                    getTranslation("dossiers.list.export.unit", UnitNames.name(unit, l), unit.code()),
                    getTranslation("dossiers.list.export.period", PeriodLabels.label(period, l)),
                    getTranslation("dossiers.as-of", Formats.date(list.asOf(period), l)),
                    getTranslation("dossiers.list.export.filter", filterText(q.filter()))));
            String archivedText = archivedText();
            if (archivedText != null) {
                context.add(archivedText);
            }
            event.setFileName("ho-so-" + kind.code() + "-" + unit.code() + "-" + period.code() + ".xlsx");
            event.setContentType(ExcelDownload.MIME);
            return DossierListExport.write(list, q, sort, ascending, context, t, event.getOutputStream());
        }), "");
        a.getElement().setAttribute("download", true);
        Button b = new Button(getTranslation("dossiers.excel"), VaadinIcon.TABLE.create());
        a.add(b);
        a.setId("dossier-list-export");
        a.addClassName("no-print");
        return a;
    }

    /** The notice that the list may miss archived records, or null. */
    private @Nullable String archivedText() {
        ArchivedRecords a = list.archived(period);
        return a == null ? null : getTranslation("dossiers.list.archived",
                a.years().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")), java.sql.Date.valueOf(a.openUntil()));
    }

    private String filterText(Filter f) {
        if (f.isEmpty()) {
            return getTranslation("dossiers.list.export.no-filter");
        }
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        if (f.field() != null) {
            parts.put(getTranslation("dossiers.list.col.field"), label("dossiers.field." + f.field(), f.field()));
        }
        if (f.desk() != null) {
            parts.put(getTranslation("dossiers.list.col.desk"), getTranslation("dossiers.list.desk." + f.desk()));
        }
        if (f.status() != null) {
            parts.put(getTranslation("dossiers.list.col.status"), getTranslation("dossiers.list.status." + f.status().name()));
        }
        if (f.channel() != null) {
            parts.put(getTranslation("dossiers.list.channel"), getTranslation("dossiers.channel." + f.channel()));
        }
        if (f.id() != null) {
            parts.put(getTranslation("dossiers.list.col.id"), f.id() + "…");
        }
        if (f.part() != null) {
            parts.put(getTranslation("dossiers.list.part"), getTranslation(f.part() == DossierKpi.Part.OWN_DESK
                    ? "dossiers.part.desk" : "dossiers.part.below"));
        }
        return parts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }

    /** Reported totals have no records: when the figure includes some, say whose and how much of the figure they are. */
    private java.util.Optional<Paragraph> reportedNote(DossierKpiService.Summary s) {
        // the reported totals in the figure clicked: all of them, or those of the unit itself (own desk) or of the units below
        DossierKpi.Part p0 = part.getValue();
        List<DossierKpiService.Reported> used = s.reportedUsed().stream().filter(r -> p0 == null
                || (p0 == DossierKpi.Part.OWN_DESK) == r.unitCode().equals(unit.code())).toList();
        if (used.isEmpty()) {
            return java.util.Optional.empty();
        }
        Locale l = getLocale();
        DossierKpi.Figures figure = p0 == null || s.desk() == null ? s.current()
                : p0 == DossierKpi.Part.OWN_DESK ? s.desk().current() : s.below().current();
        long reported = used.stream().mapToLong(r -> kind.figure(r.figures())).sum();
        String who = used.stream().map(r -> r.unitName() + " (" + r.periodCode() + ")").distinct()
                .collect(Collectors.joining(", "));
        Paragraph p = new Paragraph(getTranslation("dossiers.list.reported", Formats.integer(kind.figure(figure), l),
                Formats.integer(reported, l), who));
        p.addClassName("dossier-warning");
        p.setId("dossier-list-reported");
        return java.util.Optional.of(p);
    }

    private String label(String key, String fallback) {
        String t = getTranslation(key);
        return t.startsWith("!") ? fallback : t;
    }

    /** The query parameters that open the list of {@code kind} for the page's unit and period. */
    static QueryParameters link(SelectionService.Resolved sel, DossierListKind kind) {
        return link(sel, kind, null);
    }

    /** The same for a split tile: the unit's own desk or the units below it ({@code part} null = the total). */
    static QueryParameters link(SelectionService.Resolved sel, DossierListKind kind, DossierKpi.@Nullable Part part) {
        return DossierListParameters.write(sel.selection().toQuery(), kind, Filter.of(part), null, true);
    }
}
