package vn.reformdesk.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.plans.TaskRow;
import vn.reformdesk.plans.TaskFilter;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The tasks behind a drill-down total: those of the plans of the unit's children that the figure counts, for the
 * same period and "as of" date. The count in the header is the figure that was clicked.
 */
class TaskListDialog extends Dialog {

    TaskListDialog(PlanQueries plans, UnitRef unit, Period period, TaskFilter filter) {
        Locale locale = getLocale();
        LocalDate asOf = plans.asOf(period);
        int count = plans.countDrillDownTasks(unit, period, filter);
        setHeaderTitle(getTranslation("plans.list.title", getTranslation("plans.filter." + filter.name()),
                UnitNames.name(unit, locale), Formats.integer(count, locale)));
        addClassName("plan-task-list-dialog");
        setWidth("min(72rem, 96vw)");
        Paragraph note = new Paragraph(getTranslation("plans.as-of", Formats.date(asOf, locale)));
        note.addClassName("rd-note");
        Grid<TaskRow> grid = new Grid<>();
        grid.setId("plan-task-list");
        grid.addColumn(TaskRow::number).setHeader(getTranslation("plans.col.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskRow::title).setHeader(getTranslation("plans.col.title")).setFlexGrow(4);
        grid.addColumn(t -> t.leadLabel(locale)).setHeader(getTranslation("plans.col.lead")).setFlexGrow(2);
        grid.addColumn(t -> Formats.date(t.deadline(), locale)).setHeader(getTranslation("plans.col.deadline")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> PlansDrillExport.status(t, locale))
                .setHeader(getTranslation("plans.col.status", Formats.date(asOf, locale))).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> plans.drillDownTasks(unit, period, filter, q.getOffset(), q.getLimit()).stream(),
                q -> plans.countDrillDownTasks(unit, period, filter));
        grid.setHeight("28rem");
        // the list as the dialog shows it, read again when clicked
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("plans.drill.excel"),
                "nhiem-vu-" + filter.name().toLowerCase(Locale.ROOT) + "-" + unit.code() + "-" + period.code(),
                () -> java.util.List.of(PlansDrillExport.tasks(plans, unit, period, filter, locale)));
        excel.setId("plan-task-list-excel");
        add(note, excel, grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
