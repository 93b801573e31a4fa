package vn.reformdesk.plans.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.plans.Area;
import vn.reformdesk.plans.StatusDraft;
import vn.reformdesk.plans.TaskDraft;
import vn.reformdesk.plans.TaskRow;
import vn.reformdesk.plans.TaskStatus;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.ui.UnitPicker;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of the task dialog, bound to {@link TaskForm} with Bean Validation: what the task is
 * ({@link #definition}) and, for an existing task, where it stands ({@link #statusForm}). A refusal of the service
 * lands on the field it names.
 */
class TaskFields {

    /** The service names some fields by the id it receives ({@code TaskDraft.areaId}); the form by what it shows. */
    private static final Map<String, String> SERVICE_FIELDS = Map.of("areaId", "area", "leadUnitId", "lead",
            "supportUnitIds", "support", "achieved", "achievedCount");

    final TextField number = new TextField();
    final TextArea title = new TextArea();
    final Select<Area> area = new Select<>();
    final ComboBox<UnitRef> lead = new ComboBox<>();
    final MultiSelectComboBox<UnitRef> support = new MultiSelectComboBox<>();
    final DatePicker deadline;
    final TextField output = new TextField();
    final IntegerField target = new IntegerField();
    final RadioButtonGroup<TaskStatus> status = new RadioButtonGroup<>();
    final DatePicker statusDate;
    final TextArea evidence = new TextArea();
    final TextArea reason = new TextArea();
    final IntegerField achieved = new IntegerField();
    final TextField comment = new TextField();
    final FormLayout definition;
    final FormLayout statusForm;
    private final BeanValidationBinder<TaskForm> binder = new BeanValidationBinder<>(TaskForm.class);
    private final Locale locale;

    /**
     * @param defaultStatusDate the day a status chosen by the user takes effect unless they say otherwise (today,
     *                          or the plan year's last day once it is over)
     */
    TaskFields(Locale locale, int planYear, List<Area> areas, List<UnitRef> leadChoices, LocalDate defaultStatusDate) {
        this.locale = locale;
        number.setLabel(t("plans.col.number"));
        number.setId("task-number");
        number.setValueChangeMode(ValueChangeMode.EAGER);
        title.setLabel(t("plans.col.title"));
        title.setId("task-title");
        title.setValueChangeMode(ValueChangeMode.EAGER);
        area.setLabel(t("plans.col.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(a -> a.label(locale));
        area.setId("task-area");
        lead.setLabel(t("plans.col.lead"));
        UnitPicker.setUnits(lead, leadChoices);
        lead.setItemLabelGenerator(u -> UnitNames.name(u, locale) + " (" + u.code() + ")");
        lead.setId("task-lead");
        support.setLabel(t("plans.col.support"));
        UnitPicker.setUnits(support, leadChoices);
        support.setItemLabelGenerator(u -> UnitNames.name(u, locale) + " (" + u.code() + ")");
        deadline = PlanForms.datePicker(t("plans.col.deadline"), locale);
        deadline.setId("task-deadline");
        deadline.setMin(LocalDate.of(planYear, 1, 1));
        deadline.setMax(LocalDate.of(planYear, 12, 31));
        output.setLabel(t("plans.col.output"));
        target.setLabel(t("plans.col.target"));
        target.setHelperText(t("plans.col.target.help"));
        target.setId("task-target");
        definition = new FormLayout(number, area, title, lead, support, deadline, output, target);
        definition.setColspan(title, 2);
        definition.setColspan(support, 2);

        status.setLabel(t("plans.col.status.current"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> t("plans.status." + s.name()));
        status.setId("task-status");
        statusDate = PlanForms.datePicker(t("plans.field.status-date"), locale);
        statusDate.setId("task-status-date");
        statusDate.setHelperText(t("plans.field.status-date.help"));
        evidence.setLabel(t("plans.field.evidence"));
        evidence.setId("task-evidence");
        evidence.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setLabel(t("plans.field.reason"));
        reason.setId("task-reason");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        achieved.setLabel(t("plans.field.achieved"));
        achieved.setId("task-achieved");
        comment.setLabel(t("plans.field.comment"));
        comment.setId("task-comment");
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        status.addValueChangeListener(e -> {
            TaskStatus s = e.getValue();
            boolean done = s == TaskStatus.DONE;
            boolean why = s != null && s.needsReason();
            statusDate.setVisible(done || why);
            evidence.setVisible(done);
            reason.setVisible(why);
            if ((done || why) && statusDate.isEmpty() && e.isFromClient()) {
                statusDate.setValue(defaultStatusDate);
            }
        });
        statusForm = new FormLayout(status, statusDate, evidence, reason, achieved, comment);
        statusForm.setColspan(status, 2);
        statusForm.setColspan(evidence, 2);
        statusForm.setColspan(reason, 2);
        statusForm.setColspan(comment, 2);

        Forms.bind(binder, number, "number", locale);
        Forms.bind(binder, title, "title", locale);
        Forms.bind(binder, area, "area", locale);
        Forms.bind(binder, lead, "lead", locale);
        Forms.bind(binder, support, "support", locale);
        Forms.bind(binder, deadline, "deadline", locale);
        Forms.bind(binder, output, "expectedOutput", locale);
        Forms.bind(binder, target, "targetCount", locale);
        Forms.bind(binder, status, "status", locale);
        Forms.bind(binder, statusDate, "statusDate", locale);
        Forms.bind(binder, evidence, "evidence", locale);
        Forms.bind(binder, reason, "reason", locale);
        Forms.bind(binder, achieved, "achievedCount", locale);
        Forms.bind(binder, comment, "comment", locale);
    }

    /** A new task: the first area, the plan's unit as lead, the plan year's last day as deadline. */
    void showNew(List<Area> areas, @Nullable UnitRef planUnit, int planYear) {
        if (!areas.isEmpty()) {
            area.setValue(areas.getFirst());
        }
        lead.setValue(planUnit);
        deadline.setValue(LocalDate.of(planYear, 12, 31));
        statusDate.setVisible(false);
    }

    /** An existing task as it stands. */
    void show(TaskRow task, List<Area> areas, List<UnitRef> leadChoices) {
        number.setValue(task.number());
        title.setValue(task.title());
        areas.stream().filter(a -> a.id() == task.area().id()).findFirst().ifPresent(area::setValue);
        leadChoices.stream().filter(u -> u.id() == task.leadUnitId()).findFirst().ifPresent(lead::setValue);
        Set<String> codes = Set.copyOf(task.supportCodes());
        support.setValue(leadChoices.stream().filter(u -> codes.contains(u.code())).collect(Collectors.toSet()));
        deadline.setValue(task.deadline());
        output.setValue(task.expectedOutput() == null ? "" : task.expectedOutput());
        target.setValue(task.targetCount());
        status.setValue(task.status());
        statusDate.setValue(task.statusDate());
        evidence.setValue(task.evidence() == null ? "" : task.evidence());
        reason.setValue(task.reason() == null ? "" : task.reason());
        achieved.setValue(task.achievedCount());
        achieved.setVisible(task.targetCount() != null);
        if (task.targetCount() != null) {
            achieved.setHelperText(t("plans.field.achieved.help", Formats.integer(task.targetCount(), locale)));
        }
    }

    /** Who may change what: the definition for the secretariat, the status for whoever may report it. */
    void setEditable(boolean definitionEditable, boolean statusEditable) {
        for (var field : List.of(number, title, output)) {
            field.setReadOnly(!definitionEditable);
        }
        area.setReadOnly(!definitionEditable);
        lead.setReadOnly(!definitionEditable);
        support.setReadOnly(!definitionEditable);
        deadline.setReadOnly(!definitionEditable);
        target.setReadOnly(!definitionEditable);
        status.setReadOnly(!statusEditable);
        statusDate.setReadOnly(!statusEditable);
        evidence.setReadOnly(!statusEditable);
        reason.setReadOnly(!statusEditable);
        achieved.setReadOnly(!statusEditable);
        comment.setVisible(statusEditable);
    }

    /** The form's values when every constraint holds; otherwise empty, with the errors shown on their fields. */
    Optional<TaskForm> value() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    static TaskDraft draft(TaskForm f) {
        return new TaskDraft(f.number() == null ? "" : f.number(), f.title(), f.area().id(), f.lead().id(),
                f.support() == null ? List.of() : f.support().stream().map(UnitRef::id).sorted().toList(), f.deadline(),
                f.expectedOutput(), f.targetCount());
    }

    static StatusDraft statusDraft(TaskForm f) {
        return new StatusDraft(f.status(), f.statusDate(), f.evidence(), f.reason(), f.achievedCount());
    }

    /** Shows the service's refusal on its field; false when it names none of this form's fields. */
    boolean show(UserFacingException e) {
        return Forms.showOnField(binder, e, locale, SERVICE_FIELDS);
    }

    private String t(String key, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
