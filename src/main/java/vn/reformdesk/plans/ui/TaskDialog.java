package vn.reformdesk.plans.ui;

import vn.reformdesk.plans.StatusEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.Period;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.plans.Area;
import vn.reformdesk.plans.Change;
import vn.reformdesk.plans.PlanRef;
import vn.reformdesk.plans.TaskRow;
import vn.reformdesk.plans.TaskStatus;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A task: what it is (editable by the secretariat), where it stands (editable by the secretariat and the
 * leader of its lead unit) and its history. A refused save keeps everything typed in the dialog.
 */
class TaskDialog extends Dialog {

    /**
     * @param planUnit the plan's unit, or null when the caller only reaches the task (a commune leader's task in the
     *                 district's plan): the lead and support pickers then offer the task's own lead unit only
     */
    TaskDialog(PlanQueries plans, PlanCommands commands, ReportingClock clock, UnitService units, PlanRef plan, @Nullable UnitRef planUnit, @Nullable TaskRow task, LocalDate asOf,
               Runnable saved) {
        Locale locale = getLocale();
        boolean keep = plans.canKeepPlans();
        boolean report = task == null ? keep : plans.canUpdateStatus(task);
        setHeaderTitle(task == null ? getTranslation("plans.task.add") : getTranslation("plans.task.title", task.number()));
        setWidth("min(64rem, 96vw)");
        addClassName("task-dialog");

        List<UnitRef> leadChoices = planUnit != null ? units.subtree(planUnit.id(), Period.year(plan.year()))
                : task != null ? List.of(units.get(task.leadUnitId())) : List.of();
        List<Area> areas = new java.util.ArrayList<>(plans.areas(plan.year()));
        if (task != null && areas.stream().noneMatch(a -> a.id() == task.area().id())) {
            areas.add(task.area());
        }

        LocalDate yearEnd = LocalDate.of(plan.year(), 12, 31);
        LocalDate today = clock.today();
        TaskFields fields = new TaskFields(locale, plan.year(), areas, leadChoices, today.isAfter(yearEnd) ? yearEnd : today);
        if (task != null) {
            fields.show(task, areas, leadChoices);
        } else {
            fields.showNew(areas, planUnit, plan.year());
        }
        fields.setEditable(keep, report);
        add(fields.definition);

        if (task != null) {
            add(new H4(getTranslation("plans.task.status-section")));
            if (!report) {
                Paragraph note = new Paragraph(getTranslation("plans.task.read-only"));
                note.addClassName("rd-note");
                add(note);
            }
            add(fields.statusForm);
            Grid<Change> history = new Grid<>();
            history.addClassName("task-history");
            history.addColumn(c -> Formats.dateTime(c.at().atZoneSameInstant(ReportingClock.ZONE).toLocalDateTime(), locale))
                    .setHeader(getTranslation("plans.history.when")).setAutoWidth(true).setFlexGrow(0);
            history.addColumn(c -> c.byName() + " (" + c.by() + ")").setHeader(getTranslation("plans.history.who")).setFlexGrow(1);
            history.addColumn(c -> getTranslation("plans.field-name." + c.field())).setHeader(getTranslation("plans.history.field"))
                    .setAutoWidth(true).setFlexGrow(0);
            history.addColumn(c -> value(c.field(), c.oldValue(), locale) + " → " + value(c.field(), c.newValue(), locale))
                    .setHeader(getTranslation("plans.history.change")).setFlexGrow(2);
            history.addColumn(c -> c.comment() == null ? "" : c.comment()).setHeader(getTranslation("plans.history.comment")).setFlexGrow(1);
            history.setItems(plans.history(task.id()));
            history.setAllRowsVisible(true);
            add(new H4(getTranslation("plans.task.events")));
            Grid<StatusEvent> events = new Grid<>();
            events.setId("task-events");
            events.addClassName("task-events");
            events.addColumn(ev -> Formats.date(ev.effectiveOn(), locale)).setHeader(getTranslation("plans.events.effective"))
                    .setAutoWidth(true).setFlexGrow(0);
            events.addColumn(ev -> getTranslation("plans.status." + ev.status().name())
                            + (ev.superseded() ? " (" + getTranslation("plans.events.superseded") + ")" : ""))
                    .setHeader(getTranslation("plans.events.status")).setAutoWidth(true).setFlexGrow(0);
            events.addColumn(ev -> ev.evidence() != null ? ev.evidence() : ev.reason() == null ? "" : ev.reason())
                    .setHeader(getTranslation("plans.events.detail")).setFlexGrow(2);
            events.addColumn(ev -> (ev.recordedByName() == null ? ev.recordedBy() : ev.recordedByName() + " (" + ev.recordedBy() + ")")
                            + ", " + Formats.dateTime(ev.recordedAt().atZoneSameInstant(ReportingClock.ZONE).toLocalDateTime(), locale))
                    .setHeader(getTranslation("plans.events.recorded")).setFlexGrow(1);
            events.setItems(plans.statusEvents(task.id()));
            events.setAllRowsVisible(true);
            add(events);
            add(new H4(getTranslation("plans.task.history")));
            add(history);
        }

        Button save = new Button(getTranslation("action.save"), e -> fields.value().ifPresent(form -> PlanForms.guard(() -> {
            if (task == null) {
                commands.addTask(plan.id(), TaskFields.draft(form));
            } else {
                commands.updateTask(task.id(), task.version(), TaskFields.draft(form), TaskFields.statusDraft(form),
                        form.comment() == null ? "" : form.comment());
            }
            close();
            saved.run();
        }, fields::show)));
        save.setId("task-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(keep || report);
        if (task != null && keep && task.status() == TaskStatus.DONE) {
            Button reopen = new Button(getTranslation("plans.task.reopen"), e -> reopen(commands, task, clock.today(), saved));
            reopen.setId("task-reopen");
            reopen.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(reopen);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** The secretariat reopens a done task from a day (today by default) for a reason. */
    private void reopen(PlanCommands commands, TaskRow task, LocalDate today, Runnable saved) {
        Locale locale = getLocale();
        Dialog dialog = new Dialog();
        dialog.addClassName("task-reopen-dialog");
        dialog.setHeaderTitle(getTranslation("plans.task.reopen"));
        dialog.setWidth("min(32rem, 95vw)");
        TextArea reason = new TextArea(getTranslation("plans.task.reopen.reason"));
        reason.setId("task-reopen-reason");
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        DatePicker on = PlanForms.datePicker(getTranslation("plans.task.reopen.date"), locale);
        on.setId("task-reopen-date");
        on.setPlaceholder(Formats.date(today, locale));
        dialog.add(reason, on);
        Button confirm = new Button(getTranslation("plans.task.reopen"), e -> PlanForms.guard(() -> {
            commands.reopenTask(task.id(), task.version(), reason.getValue(), on.getValue());
            dialog.close();
            close();
            com.vaadin.flow.component.notification.Notification.show(getTranslation("plans.task.reopened"), 4000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
            saved.run();
        }));
        confirm.setId("task-reopen-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private String value(String field, @Nullable String raw, Locale locale) {
        if (raw == null || raw.isEmpty()) {
            return "–";
        }
        return switch (field) {
            case "status" -> getTranslation("plans.status." + raw);
            case "deadline", "statusDate" -> Formats.date(LocalDate.parse(raw), locale);
            default -> raw;
        };
    }
}
