package vn.reformdesk.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.reformdesk.audit.AuditEvent;
import vn.reformdesk.audit.AuditFilter;
import vn.reformdesk.audit.AuditQueries;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The audit trail for the administrator: who changed what, when and from where, searchable by user, unit, days and kind. */
@Route("admin/audit")
@PageTitle("ReformDesk")
@Menu(order = 96, title = "audit.nav", icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
class AuditView extends VerticalLayout {

    private final AuditQueries audit;
    private final Grid<AuditEvent> grid = new Grid<>();
    private final TextField user = new TextField();
    private final TextField unit = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> kind = new ComboBox<>();
    private final Span count = new Span();
    private final UnitService units;
    private final SelectionService selections;

    /** The search the grid shows, which the Excel download repeats. */
    private AuditFilter shown = AuditFilter.all();

    AuditView(AuditQueries audit, UnitService units, SelectionService selections, vn.reformdesk.base.ReportingClock clock) {
        this.audit = audit;
        this.units = units;
        this.selections = selections;
        addClassName("audit-view");
        setSizeFull();
        user.setLabel(getTranslation("audit.user"));
        unit.setLabel(getTranslation("audit.unit"));
        unit.setHelperText(getTranslation("audit.unit.help"));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(audit.kinds());
        kind.setClearButtonVisible(true);
        user.setId("audit-user");
        Button search = new Button(getTranslation("audit.search"), e -> refresh());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("audit-search");
        HorizontalLayout filters = new HorizontalLayout(user, unit, from, to, kind, search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ReportingClock.ZONE);
        grid.addColumn(e -> time.format(e.at())).setHeader(getTranslation("audit.col.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::username).setHeader(getTranslation("audit.col.user")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.address() == null ? "" : e.address()).setHeader(getTranslation("audit.col.address")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::kind).setHeader(getTranslation("audit.col.kind")).setAutoWidth(true);
        grid.addColumn(e -> e.unitLabel(getLocale())).setHeader(getTranslation("audit.col.unit")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::input).setHeader(getTranslation("audit.col.input")).setFlexGrow(2);
        grid.addColumn(AuditEvent::changes).setHeader(getTranslation("audit.col.changes")).setFlexGrow(3);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> {
            Span details = new Span(e.input() + "  →  " + e.changes());
            details.addClassName("audit-details");
            return details;
        }));
        grid.setSizeFull();
        grid.setId("audit-grid");
        count.setId("audit-count");
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("audit.excel"), "nhat-ky",
                () -> java.util.List.of(AuditExport.events(audit, shown, clock.instant(), getLocale())));
        excel.setId("audit-excel");
        HorizontalLayout countLine = new HorizontalLayout(count, excel);
        countLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("audit.title")), filters, countLine, grid);
        refresh();
    }

    private void refresh() {
        Long unitId = null;
        if (!unit.isEmpty()) {
            unitId = units.findByCode(unit.getValue().strip(), selections.defaultPeriod()).map(UnitRef::id).orElse(-1L);
        }
        AuditFilter filter = new AuditFilter(user.getValue(), unitId, from.getValue(), to.getValue(), kind.getValue());
        shown = filter;
        count.setText(getTranslation("audit.count", audit.count(filter)));
        grid.setItems(q -> audit.search(filter, q.getOffset(), q.getLimit()).stream());
    }
}
