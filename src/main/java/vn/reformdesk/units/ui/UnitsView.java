package vn.reformdesk.units.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.ui.DrillDown;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ui.ImportDialog;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.GsoImportService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.ConversionImportService;
import vn.reformdesk.units.LineageLink;
import vn.reformdesk.units.Selection;
import vn.reformdesk.units.UnitLineageService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

import java.util.List;
import java.util.stream.Stream;
import vn.reformdesk.security.RoleRules;

/**
 * The unit tree in a lazy TreeGrid (children are fetched when a node opens), with search by name or
 * code. Selecting a unit puts it in the URL; the right side shows its path and children. ADMIN imports
 * the statistics office's list here.
 */
@Route("units")
@PageTitle("ReformDesk")
@Menu(order = 90, title = "nav.units", icon = "vaadin:sitemap")
@PermitAll
class UnitsView extends SplitLayout implements BeforeEnterObserver {

    private final SelectionService selections;
    private final UnitService units;
    /** Below this width (px, the drawer's overlay breakpoint) the tree sits above the unit's page. */
    private static final int NARROW = 800;

    private final TreeGrid<UnitRef> tree = new TreeGrid<>();
    private final TextField search = new TextField();
    /** Said when the search finds nothing (an empty tree alone looks like a page still loading). */
    private final Paragraph nothingFound = new Paragraph();
    private final VerticalLayout detail = new VerticalLayout();
    private Period period = Period.year(2024);
    private final vn.reformdesk.base.ReportingClock clock;
    private SelectionService.Resolved current;

    private final UnitLineageService lineage;

    UnitsView(SelectionService selections, UnitService units, GsoImportService importer, ConversionImportService conversion,
              UnitLineageService lineage, CurrentUserService user, vn.reformdesk.base.ReportingClock clock) {
        this.clock = clock;
        this.selections = selections;
        this.units = units;
        this.lineage = lineage;
        addClassName("units-view");
        setSizeFull();
        setSplitterPosition(45);
        // on a phone or a tablet held upright the tree and the unit's page are stacked, not side by side
        addAttachListener(e -> e.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() < NARROW) {
                setOrientation(Orientation.VERTICAL);
                // the tree keeps room for a dozen rows under the search field and the (wrapping) import buttons
                setSplitterPosition(65);
                tree.setMinHeight("22rem");
            }
        }));

        search.setPlaceholder(getTranslation("units.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> {
            tree.getDataProvider().refreshAll();
            String typed = e.getValue();
            nothingFound.setText(getTranslation("units.nothing-found", typed.trim()));
            nothingFound.setVisible(!typed.isBlank() && units.search(typed, period, 1).isEmpty());
        });
        nothingFound.addClassName("nothing-found");
        nothingFound.setVisible(false);

        tree.addHierarchyColumn(u -> UnitNames.nameInPeriod(u, period, getLocale())).setHeader(getTranslation("unit.name")).setFlexGrow(3);
        tree.addColumn(UnitRef::code).setHeader(getTranslation("unit.code")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(u -> UnitNames.kind(u.kind(), getLocale())).setHeader(getTranslation("unit.kind")).setFlexGrow(1);
        tree.setDataProvider(new UnitTreeProvider());
        tree.setSizeFull();
        tree.addClassName("unit-tree");
        tree.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                openUnit(e.getValue());
            }
        });
        DrillDown.onEnter(tree, this::openUnit);

        VerticalLayout left = new VerticalLayout(search, nothingFound, tree);
        left.setSizeFull();
        left.setPadding(true);
        if (RoleRules.administers(user.require())) {
            DatePicker validFrom = new DatePicker(getTranslation("units.import.valid-from"));
            validFrom.setHelperText(getTranslation("units.import.valid-from.help"));
            Button importButton = new Button(getTranslation("units.import"), VaadinIcon.UPLOAD.create(), e ->
                    new ImportDialog(getTranslation("units.import.title"), getTranslation("units.import.hint"), List.of(".csv"),
                            bytes -> {
                                GsoImportService.ImportResult r = importer.importCsv(bytes, validFrom.getValue());
                                return getTranslation("units.import.done", r.provinces(), r.districts(), r.communes(),
                                        r.created(), r.updated(), r.unchanged());
                            }, validFrom).open());
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            importButton.setId("gso-import");
            DatePicker effective = new DatePicker(getTranslation("units.conversion.effective"));
            effective.setHelperText(getTranslation("units.conversion.effective.help"));
            Button conversionButton = new Button(getTranslation("units.conversion.import"), VaadinIcon.EXCHANGE.create(), e ->
                    new ImportDialog(getTranslation("units.conversion.title"), getTranslation("units.conversion.hint"), List.of(".csv"),
                            bytes -> {
                                ConversionImportService.ConversionResult r = conversion.importTable(bytes, effective.getValue());
                                String done = getTranslation("units.conversion.done", Formats.date(r.effective(), getLocale()), r.rows(),
                                        r.newProvinces(), r.newUnits(), r.created(), r.updated(), r.ended(), r.oldUnitsAdded(),
                                        r.linksWritten());
                                if (r.noticeCount() == 0) {
                                    return done;
                                }
                                // what was read with an assumption: the count and the first few, each with its line
                                String first = r.notices().stream().limit(5)
                                        .map(n -> getTranslation("import.line") + " " + n.line() + ": " + n.message(getLocale()).replaceFirst("\\.$", ""))
                                        .collect(java.util.stream.Collectors.joining("; "));
                                return done + " " + getTranslation("units.conversion.done.notices",
                                        Formats.integer(r.noticeCount(), getLocale()), first + (r.noticeCount() > 5 ? "; …" : ""));
                            }, effective).open());
            conversionButton.setId("conversion-import");
            HorizontalLayout buttons = new HorizontalLayout(importButton, conversionButton);
            buttons.setWrap(true);
            buttons.addClassName("unit-import-buttons");
            left.addComponentAsFirst(buttons);
        }
        detail.setPadding(true);
        detail.addClassName("unit-detail");
        addToPrimary(left);
        addToSecondary(detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = selections.resolve(event.getLocation().getQueryParameters());
        period = current.period();
        tree.getDataProvider().refreshAll();
        if (search.isEmpty() && current.unit().validDuring(period)) {
            // open the tree down to the selected unit and select it
            List<UnitRef> path = units.pathOf(current.unit()).stream().filter(units::canRead).toList();
            if (path.size() > 1) {
                tree.expand(path.subList(0, path.size() - 1));
            }
            tree.select(current.unit());
            tree.scrollToItem(current.unit());
        }
        showDetail(current.unit());
    }

    private void showDetail(UnitRef unit) {
        detail.removeAll();
        var locale = getLocale();
        detail.add(new H1(UnitNames.name(unit, locale)));
        String path = String.join(" › ", units.pathOf(unit).stream().map(u -> UnitNames.name(u, locale)).toList());
        Paragraph pathText = new Paragraph(path);
        pathText.addClassName("unit-path");
        detail.add(pathText);
        String validity = unit.validFrom() == null && unit.validTo() == null ? getTranslation("units.valid.always")
                : getTranslation("units.valid.range",
                unit.validFrom() == null ? "…" : Formats.date(unit.validFrom(), locale),
                unit.validTo() == null ? "…" : Formats.date(unit.validTo(), locale));
        detail.add(new Paragraph(UnitNames.kind(unit.kind(), locale) + " · " + getTranslation("unit.code") + " " + unit.code()
                + " · " + validity));
        showLineage(unit);
        List<UnitRef> children = units.children(unit.id(), period);
        Period shown = period;
        HorizontalLayout childrenHead = new HorizontalLayout(new H3(getTranslation("units.children", Formats.integer(children.size(), locale))),
                vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("units.excel"), "don-vi-" + unit.code() + "-" + shown.code(),
                        () -> List.of(UnitExport.children(units, unit, shown, clock.asOf(shown), locale))));
        childrenHead.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        detail.add(childrenHead);
        Grid<UnitRef> grid = new Grid<>();
        grid.addColumn(u -> UnitNames.nameInPeriod(u, period, locale)).setHeader(getTranslation("unit.name")).setFlexGrow(3);
        grid.addColumn(UnitRef::code).setHeader(getTranslation("unit.code")).setAutoWidth(true);
        grid.addColumn(u -> UnitNames.kind(u.kind(), locale)).setHeader(getTranslation("unit.kind"));
        grid.setItems(children);
        grid.addClassName("unit-children");
        DrillDown.rows(grid, this::openUnit);
        grid.setHeight("28rem");
        detail.add(children.isEmpty() ? new Div(new Paragraph(getTranslation("overview.no-children"))) : grid);
    }

    /** When and into what an abolished unit was merged, and what a new unit was made of: links both ways. */
    private void showLineage(UnitRef unit) {
        var locale = getLocale();
        List<LineageLink> successors = lineage.successors(unit.id());
        if (!successors.isEmpty()) {
            Div box = new Div(new Span(getTranslation("units.abolished", Formats.date(successors.getFirst().effective(), locale)) + " "));
            box.addClassName("unit-successors");
            box.setId("unit-successors");
            addLinks(box, successors);
            detail.add(box);
        }
        List<LineageLink> predecessors = lineage.predecessors(unit.id());
        if (!predecessors.isEmpty()) {
            Div box = new Div(new Span(getTranslation("units.created-from", Formats.date(predecessors.getFirst().effective(), locale)) + " "));
            box.addClassName("unit-predecessors");
            box.setId("unit-predecessors");
            addLinks(box, predecessors);
            detail.add(box);
        }
        List<LineageLink> districts = lineage.formerlyPartOf(unit.id());
        if (!districts.isEmpty()) {
            Div box = new Div(new Span(getTranslation("units.formerly-in") + " "));
            box.addClassName("unit-predecessors");
            box.setId("unit-formerly-in");
            addLinks(box, districts);
            detail.add(box);
        }
    }

    private void addLinks(Div box, List<LineageLink> links) {
        var locale = getLocale();
        for (int i = 0; i < links.size(); i++) {
            LineageLink l = links.get(i);
            // the other unit is shown in a whole year it existed in, where its code resolves to it
            UnitRef other = l.unit();
            Period p = other.validTo() != null ? Period.year(other.validTo().getYear() - 1)
                    : Period.year(other.validFrom() != null ? other.validFrom().getYear() + 1 : l.effective().getYear() + 1);
            Anchor a = new Anchor("units?" + new Selection(l.unit().code(), p).toQuery().getQueryString(),
                    UnitNames.name(l.unit(), locale) + " (" + l.unit().code() + ", " + getTranslation("units.share." + l.share().name())
                            + (l.share().isSaidMoreBy(l.note()) ? ": " + l.note() : "") + ")");
            a.getElement().setAttribute("router-link", true);
            box.add(a);
            if (i < links.size() - 1) {
                box.add(new Span(", "));
            }
        }
    }

    /** Roots (or search hits) first; children are fetched only when a node is expanded. */
    private final class UnitTreeProvider extends AbstractBackEndHierarchicalDataProvider<UnitRef, Void> {

        @Override
        public int getChildCount(HierarchicalQuery<UnitRef, Void> query) {
            return (int) fetchChildrenFromBackEnd(query).count();
        }

        /** Needed to scroll to a unit deep in the tree; a parent outside the user's scope is no parent here. */
        @Override
        public UnitRef getParent(UnitRef item) {
            if (item.parentId() == null || !search.getValue().isBlank()) {
                return null;
            }
            UnitRef parent = units.pathOf(item).stream().filter(u -> u.id() == item.parentId()).findFirst().orElse(null);
            return parent != null && units.canRead(parent) ? parent : null;
        }

        @Override
        public int getItemIndex(UnitRef item, HierarchicalQuery<UnitRef, Void> query) {
            return fetchChildrenFromBackEnd(new HierarchicalQuery<>(null, query.getParent())).toList().indexOf(item);
        }

        @Override
        public boolean hasChildren(UnitRef item) {
            return units.hasChildren(item.id(), period);
        }

        @Override
        protected Stream<UnitRef> fetchChildrenFromBackEnd(HierarchicalQuery<UnitRef, Void> query) {
            List<UnitRef> items;
            if (query.getParent() != null) {
                items = units.children(query.getParent().id(), period);
            } else if (!search.getValue().isBlank()) {
                items = units.search(search.getValue(), period, 200);
            } else {
                items = units.roots(period);
            }
            return items.stream().skip(query.getOffset()).limit(query.getLimit());
        }
    }

    private void openUnit(UnitRef unit) {
        getUI().ifPresent(ui -> ui.navigate(UnitsView.class, current.selection().withUnit(unit.code()).toQuery()));
    }
}
