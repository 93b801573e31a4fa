package vn.reformdesk.plans.ui;

import vn.reformdesk.plans.StatusDraft;
import vn.reformdesk.plans.StatusEvent;
import vn.reformdesk.plans.TaskDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.units.ui.UnitPicker;
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
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

        TextField number = new TextField(getTranslation("plans.col.number"));
        number.setId("task-number");
        number.setValueChangeMode(ValueChangeMode.EAGER);
        TextArea title = new TextArea(getTranslation("plans.col.title"));
        title.setId("task-title");
        title.setValueChangeMode(ValueChangeMode.EAGER);
        Select<Area> area = new Select<>();
        area.setLabel(getTranslation("plans.col.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(a -> a.label(locale));
        area.setId("task-area");
        ComboBox<UnitRef> lead = new ComboBox<>(getTranslation("plans.col.lead"));
        UnitPicker.setUnits(lead, leadChoices);
        lead.setItemLabelGenerator(u -> UnitNames.name(u, locale) + " (" + u.code() + ")");
        lead.setId("task-lead");
        MultiSelectComboBox<UnitRef> support = new MultiSelectComboBox<>(getTranslation("plans.col.support"));
        UnitPicker.setUnits(support, leadChoices);
        support.setItemLabelGenerator(u -> UnitNames.name(u, locale) + " (" + u.code() + ")");
        DatePicker deadline = PlanForms.datePicker(getTranslation("plans.col.deadline"), locale);
        deadline.setId("task-deadline");
        deadline.setMin(LocalDate.of(plan.year(), 1, 1));
        deadline.setMax(LocalDate.of(plan.year(), 12, 31));
        TextField output = new TextField(getTranslation("plans.col.output"));
        IntegerField target = new IntegerField(getTranslation("plans.col.target"));
        target.setHelperText(getTranslation("plans.col.target.help"));
        FormLayout definition = new FormLayout(number, area, title, lead, support, deadline, output, target);
        definition.setColspan(title, 2);
        definition.setColspan(support, 2);

        if (task != null) {
            number.setValue(task.number());
            title.setValue(task.title());
            areas.stream().filter(a -> a.id() == task.area().id()).findFirst().ifPresent(area::setValue);
            leadChoices.stream().filter(u -> u.id() == task.leadUnitId()).findFirst().ifPresent(lead::setValue);
            Set<String> codes = Set.copyOf(task.supportCodes());
            support.setValue(leadChoices.stream().filter(u -> codes.contains(u.code())).collect(Collectors.toSet()));
            deadline.setValue(task.deadline());
            output.setValue(task.expectedOutput() == null ? "" : task.expectedOutput());
            target.setValue(task.targetCount());
        } else {
            if (!areas.isEmpty()) {
                area.setValue(areas.getFirst());
            }
            lead.setValue(planUnit);
            deadline.setValue(LocalDate.of(plan.year(), 12, 31));
        }
        for (var field : List.of(number, title, output)) {
            field.setReadOnly(!keep);
        }
        area.setReadOnly(!keep);
        lead.setReadOnly(!keep);
        support.setReadOnly(!keep);
        deadline.setReadOnly(!keep);
        target.setReadOnly(!keep);
        add(definition);

        RadioButtonGroup<TaskStatus> status = new RadioButtonGroup<>(getTranslation("plans.col.status.current"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("plans.status." + s.name()));
        status.setId("task-status");
        DatePicker statusDate = PlanForms.datePicker(getTranslation("plans.field.status-date"), locale);
        statusDate.setId("task-status-date");
        statusDate.setHelperText(getTranslation("plans.field.status-date.help"));
        TextArea evidence = new TextArea(getTranslation("plans.field.evidence"));
        evidence.setId("task-evidence");
        evidence.setValueChangeMode(ValueChangeMode.EAGER);
        TextArea reason = new TextArea(getTranslation("plans.field.reason"));
        reason.setId("task-reason");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        IntegerField achieved = new IntegerField(getTranslation("plans.field.achieved"));
        TextField comment = new TextField(getTranslation("plans.field.comment"));
        comment.setId("task-comment");
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        LocalDate yearEnd = LocalDate.of(plan.year(), 12, 31);
        LocalDate today = clock.today();
        LocalDate defaultDate = today.isAfter(yearEnd) ? yearEnd : today;
        status.addValueChangeListener(e -> {
            TaskStatus s = e.getValue();
            boolean done = s == TaskStatus.DONE;
            boolean why = s != null && s.needsReason();
            statusDate.setVisible(done || why);
            evidence.setVisible(done);
            reason.setVisible(why);
            if ((done || why) && statusDate.isEmpty() && e.isFromClient()) {
                statusDate.setValue(defaultDate);
            }
        });
        if (task != null) {
            status.setValue(task.status());
            statusDate.setValue(task.statusDate());
            evidence.setValue(task.evidence() == null ? "" : task.evidence());
            reason.setValue(task.reason() == null ? "" : task.reason());
            achieved.setValue(task.achievedCount());
            achieved.setVisible(task.targetCount() != null);
            if (task.targetCount() != null) {
                achieved.setHelperText(getTranslation("plans.field.achieved.help", Formats.integer(task.targetCount(), locale)));
            }
            status.setReadOnly(!report);
            statusDate.setReadOnly(!report);
            evidence.setReadOnly(!report);
            reason.setReadOnly(!report);
            achieved.setReadOnly(!report);
            FormLayout statusForm = new FormLayout(status, statusDate, evidence, reason, achieved, comment);
            statusForm.setColspan(status, 2);
            statusForm.setColspan(evidence, 2);
            statusForm.setColspan(reason, 2);
            statusForm.setColspan(comment, 2);
            comment.setVisible(report);
            add(new H4(getTranslation("plans.task.status-section")));
            if (!report) {
                Paragraph note = new Paragraph(getTranslation("plans.task.read-only"));
                note.addClassName("rd-note");
                add(note);
            }
            add(statusForm);
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
        } else {
            statusDate.setVisible(false);
        }

        Button save = new Button(getTranslation("action.save"), e -> PlanForms.guard(() -> {
            TaskDraft draft = new TaskDraft(number.getValue(), title.getValue(),
                    area.getValue() == null ? -1 : area.getValue().id(), lead.getValue() == null ? -1 : lead.getValue().id(),
                    support.getValue().stream().map(UnitRef::id).sorted().toList(), deadline.getValue(), output.getValue(),
                    target.getValue());
            if (task == null) {
                commands.addTask(plan.id(), draft);
            } else {
                commands.updateTask(task.id(), task.version(), draft, new StatusDraft(status.getValue(),
                        statusDate.getValue(), evidence.getValue(), reason.getValue(), achieved.getValue()), comment.getValue());
            }
            close();
            saved.run();
        }));
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
