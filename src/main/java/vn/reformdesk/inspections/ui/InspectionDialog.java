package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.units.ui.UnitPicker;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.inspections.ConcurrentEditException;
import vn.reformdesk.inspections.Inspection;
import vn.reformdesk.inspections.InspectionDetail;
import vn.reformdesk.inspections.InspectionForm;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.inspections.RecommendationFilter;
import vn.reformdesk.inspections.UnitBacklog;
import vn.reformdesk.inspections.InspectionStatus;
import vn.reformdesk.inspections.InspectionType;
import vn.reformdesk.inspections.InvalidInspectionException;
import vn.reformdesk.inspections.Recommendation;
import vn.reformdesk.inspections.RecommendationStatus;
import vn.reformdesk.inspections.Topic;
import vn.reformdesk.inspections.Warning;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.stream.IntStream;

/**
 * Plans a new inspection, or shows and records an existing one: outcome and recommendations. Read-only for
 * users who may not write. Before saving, warnings (team lead busy that day, unit inspected within a week) are
 * shown for confirmation; errors are shown on their fields (bound to {@link InspectionEntry} with Bean Validation,
 * and the service's problems on the field each names) and listed, and nothing is saved.
 */
class InspectionDialog extends Dialog {

    private final InspectionQueries service;
    private final InspectionCommands commands;
    private final Runnable onSaved;
    private final boolean editable;
    private final @Nullable Inspection existing;
    private final UnitRef planUnit;
    private final int planYear;
    private final Locale locale;
    private final List<UnitRef> unitChoices;
    /** Today, for the state of each recommendation shown. */
    private final LocalDate today;

    private final ComboBox<UnitRef> target = new ComboBox<>();
    private final Select<Integer> month = new Select<>();
    private final DatePicker plannedDate;
    private final Select<InspectionType> type = new Select<>();
    private final Select<String> topic = new Select<>();
    private final TextField teamLead = new TextField();
    private final TextField members = new TextField();
    private final Select<InspectionStatus> status = new Select<>();
    private final DatePicker actualDate;
    private final TextField postponeReason = new TextField();
    private final TextField findings = new TextField();
    private final VerticalLayout recommendationRows = new VerticalLayout();
    private final List<RecRow> recs = new ArrayList<>();
    private final Div outcome = new Div();
    private final Div problems = new Div();
    private final H4 recTitle = new H4();
    private final Button addRec = new Button();
    private final BeanValidationBinder<InspectionEntry> binder = new BeanValidationBinder<>(InspectionEntry.class);

    /** A new inspection in the plan of the unit for the year. */
    static InspectionDialog create(InspectionQueries service, InspectionCommands commands, UnitService units, LocalDate today, UnitRef planUnit,
                                   int year, Runnable onSaved) {
        return new InspectionDialog(service, commands, units, today, planUnit, year, null, List.of(), true, onSaved);
    }

    /** An existing inspection: editable for the secretariat, read-only for everyone else. */
    static InspectionDialog open(InspectionQueries service, InspectionCommands commands, UnitService units, LocalDate today, long id,
                                 boolean mayWrite, Runnable onSaved) {
        InspectionDetail detail = service.get(id);
        Inspection i = detail.inspection();
        UnitRef planUnit = mayWrite ? units.get(i.planUnitId()) : i.target();
        return new InspectionDialog(service, commands, units, today, planUnit, i.planYear(), i, detail.recommendations(), mayWrite, onSaved);
    }

    private InspectionDialog(InspectionQueries service, InspectionCommands commands, UnitService units, LocalDate today, UnitRef planUnit, int planYear,
                             @Nullable Inspection existing, List<Recommendation> existingRecs, boolean editable, Runnable onSaved) {
        this.service = service;
        this.commands = commands;
        this.today = today;
        this.onSaved = onSaved;
        this.editable = editable;
        this.existing = existing;
        this.planUnit = planUnit;
        this.planYear = planYear;
        this.locale = getLocale();
        this.unitChoices = editable ? units.subtree(planUnit.id(), Period.year(planYear)) : List.of(planUnit);
        addClassName("inspection-dialog");
        setWidth("min(60rem, 96vw)");
        setHeaderTitle(existing == null ? tr("inspections.dialog.new", UnitNames.name(planUnit, locale), String.valueOf(planYear))
                : tr("inspections.dialog.edit", UnitNames.name(existing.target(), locale), String.valueOf(planYear)));

        target.setLabel(tr("inspections.field.target"));
        UnitPicker.setUnits(target, unitChoices);
        target.setItemLabelGenerator(u -> UnitNames.name(u, locale) + " (" + u.code() + ")");
        target.setId("inspection-target");
        target.setRequired(true);
        month.setLabel(tr("inspections.field.plannedMonth"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> tr("inspections.month", String.valueOf(m)));
        month.setId("inspection-month");
        plannedDate = InspectionTexts.datePicker(tr("inspections.field.plannedDate"));
        plannedDate.setId("inspection-planned-date");
        plannedDate.setHelperText(tr("inspections.field.plannedDate.help"));
        plannedDate.setMin(LocalDate.of(planYear, 1, 1));
        plannedDate.setMax(LocalDate.of(planYear, 12, 31));
        plannedDate.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                month.setValue(e.getValue().getMonthValue());
            }
        });
        type.setLabel(tr("inspections.field.type"));
        type.setItems(InspectionType.values());
        type.setItemLabelGenerator(t -> InspectionTexts.type(t, locale));
        type.setId("inspection-type");
        List<Topic> topics = service.topics();
        Map<String, Topic> byCode = topics.stream().collect(Collectors.toMap(Topic::code, Function.identity()));
        topic.setLabel(tr("inspections.field.topic"));
        topic.setItems(topics.stream().map(Topic::code).toList());
        month.addValueChangeListener(e -> offerTopics());
        plannedDate.addValueChangeListener(e -> offerTopics());
        topic.setItemLabelGenerator(c -> InspectionTexts.topic(c, byCode, locale));
        topic.setId("inspection-topic");
        teamLead.setLabel(tr("inspections.field.teamLead"));
        teamLead.setId("inspection-lead");
        teamLead.setRequired(true);
        members.setLabel(tr("inspections.field.members"));
        members.setId("inspection-members");
        status.setLabel(tr("inspections.field.status"));
        status.setItems(InspectionStatus.values());
        status.setItemLabelGenerator(s -> InspectionTexts.status(s, locale));
        status.setId("inspection-status");
        actualDate = InspectionTexts.datePicker(tr("inspections.field.actualDate"));
        actualDate.setId("inspection-actual-date");
        postponeReason.setLabel(tr("inspections.field.postponeReason"));
        postponeReason.setId("inspection-reason");
        findings.setLabel(tr("inspections.field.findings"));
        findings.setId("inspection-findings");
        findings.setWidthFull();

        Div plan = new Div(target, type, month, plannedDate, topic, teamLead, members, status);
        plan.addClassName("insp-form");
        members.addClassName("insp-wide");

        Div outcomeForm = new Div(actualDate, postponeReason);
        outcomeForm.addClassName("insp-form");
        recTitle.setText(tr("inspections.recommendations.title"));
        recommendationRows.setPadding(false);
        recommendationRows.setSpacing(false);
        recommendationRows.addClassName("recommendation-rows");
        addRec.setText(tr("inspections.recommendations.add"));
        addRec.setIcon(VaadinIcon.PLUS.create());
        addRec.addClickListener(e -> addRow(null));
        addRec.setId("add-recommendation");
        addRec.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addRec.setVisible(editable);
        outcome.add(outcomeForm, findings, recTitle, recommendationRows, addRec);
        outcome.addClassName("inspection-outcome");

        Forms.bind(binder, target, "target", locale);
        Forms.bind(binder, month, "plannedMonth", locale);
        Forms.bind(binder, plannedDate, "plannedDate", locale);
        Forms.bind(binder, type, "type", locale);
        Forms.bind(binder, topic, "topic", locale);
        Forms.bind(binder, teamLead, "teamLead", locale);
        Forms.bind(binder, members, "members", locale);
        Forms.bind(binder, status, "status", locale);
        Forms.bind(binder, actualDate, "actualDate", locale);
        Forms.bind(binder, postponeReason, "postponeReason", locale);
        Forms.bind(binder, findings, "findings", locale);

        problems.addClassName("inspection-problems");
        problems.setId("inspection-problems");
        add(plan, outcome, problems);

        status.addValueChangeListener(e -> showOutcome());

        if (existing == null) {
            type.setValue(InspectionType.SCHEDULED);
            status.setValue(InspectionStatus.PLANNED);
            month.setValue(1);
            List<String> offered = offerTopics();
            topic.setValue(offered.isEmpty() ? null : offered.getFirst());
        } else {
            unitChoices.stream().filter(u -> u.id() == existing.target().id()).findFirst().ifPresentOrElse(target::setValue,
                    () -> {
                        target.setItems(List.of(existing.target()));
                        target.setValue(existing.target());
                    });
            month.setValue(existing.plannedMonth());
            plannedDate.setValue(existing.plannedDate());
            type.setValue(existing.type());
            topic.setValue(existing.topicCode());
            teamLead.setValue(existing.teamLead());
            members.setValue(existing.members());
            status.setValue(existing.status());
            actualDate.setValue(existing.actualDate());
            postponeReason.setValue(existing.postponeReason() == null ? "" : existing.postponeReason());
            findings.setValue(existing.findings());
            existingRecs.forEach(this::addRow);
        }
        actualDate.addValueChangeListener(e -> offerTopics());
        offerTopics();
        showOutcome();

        Button cancel = new Button(tr(editable ? "action.cancel" : "action.close"), e -> close());
        getFooter().add(cancel);
        if (editable) {
            Button save = new Button(tr("action.save"), e -> save(false));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("inspection-save");
            getFooter().add(save);
        } else {
            target.setReadOnly(true);
            month.setReadOnly(true);
            plannedDate.setReadOnly(true);
            type.setReadOnly(true);
            topic.setReadOnly(true);
            teamLead.setReadOnly(true);
            members.setReadOnly(true);
            status.setReadOnly(true);
            actualDate.setReadOnly(true);
            postponeReason.setReadOnly(true);
            findings.setReadOnly(true);
        }
    }

    /**
     * Offers the topics active on the inspection's date (held, planned or the 1st of the planned month); a topic the
     * inspection already has stays offered even when it was retired since. Keeps the chosen topic when still offered.
     */
    private List<String> offerTopics() {
        LocalDate on = InspectionQueries.topicDate(planYear, month.getValue() == null ? 1 : month.getValue(), plannedDate.getValue(),
                actualDate == null ? null : actualDate.getValue());
        List<String> offered = service.topicsActiveOn(on, existing == null ? null : existing.topicCode()).stream().map(Topic::code).toList();
        String chosen = topic.getValue();
        topic.setItems(offered);
        if (chosen != null && offered.contains(chosen)) {
            topic.setValue(chosen);
        }
        return offered;
    }

    private void showOutcome() {
        InspectionStatus s = status.getValue();
        boolean done = s == InspectionStatus.DONE;
        outcome.setVisible(s != InspectionStatus.PLANNED && s != null);
        actualDate.setVisible(done);
        postponeReason.setVisible(s == InspectionStatus.POSTPONED);
        findings.setVisible(done);
        recTitle.setVisible(done);
        recommendationRows.setVisible(done);
        addRec.setVisible(done && editable);
        if (done && actualDate.getValue() == null && editable) {
            actualDate.setValue(plannedDate.getValue());
        }
    }

    private void addRow(@Nullable Recommendation rec) {
        RecRow row = new RecRow(rec);
        recs.add(row);
        recommendationRows.add(row);
    }

    /** One recommendation: text, responsible unit, deadline; done ones show their evidence and stay as they are. */
    private final class RecRow extends HorizontalLayout {
        private final @Nullable Recommendation rec;
        private final TextField text = new TextField();
        private final ComboBox<UnitRef> unit = new ComboBox<>();
        private final DatePicker deadline = InspectionTexts.datePicker(tr("inspections.field.deadline"));

        RecRow(@Nullable Recommendation rec) {
            this.rec = rec;
            int n = recs.size() + 1;
            addClassName("recommendation-row");
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            text.setLabel(tr("inspections.field.recommendation", String.valueOf(n)));
            text.addClassName("rec-text");
            unit.setLabel(tr("inspections.field.responsible"));
            UnitPicker.setUnits(unit, unitChoices);
            unit.setItemLabelGenerator(u -> UnitNames.name(u, locale));
            unit.addClassName("rec-unit");
            deadline.addClassName("rec-deadline");
            expand(text);
            add(text, unit, deadline);
            if (rec == null) {
                unit.setValue(target.getValue());
            } else {
                text.setValue(rec.text());
                unitChoices.stream().filter(u -> u.id() == rec.responsible().id()).findFirst().ifPresentOrElse(unit::setValue, () -> {
                    unit.setItems(List.of(rec.responsible()));
                    unit.setValue(rec.responsible());
                });
                deadline.setValue(rec.deadline());
                add(InspectionTexts.stateBadge(rec.stateAsOf(today), rec.daysOverdue(today), locale));
                if (rec.status() == RecommendationStatus.DONE) {
                    Span evidence = new Span(tr("inspections.recommendations.evidence", Formats.date(rec.resolvedOn(), locale), rec.evidence()));
                    evidence.addClassName("rd-note");
                    add(evidence);
                }
            }
            boolean mayEdit = editable;
            text.setReadOnly(!mayEdit);
            unit.setReadOnly(!mayEdit);
            deadline.setReadOnly(!mayEdit);
            if (mayEdit && (rec == null || rec.status() == RecommendationStatus.OPEN)) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    recs.remove(this);
                    recommendationRows.remove(this);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(tr("inspections.recommendations.remove"));
                add(remove);
            }
        }

        void clearProblems() {
            for (HasValidation f : List.<HasValidation>of(text, unit, deadline)) {
                f.setInvalid(false);
                f.setErrorMessage(null);
            }
        }

        void showProblem(@Nullable String field, String message) {
            HasValidation f = field == null ? text : switch (field) {
                case "responsible" -> unit;
                case "deadline" -> deadline;
                default -> text;
            };
            f.setErrorMessage(message);
            f.setInvalid(true);
        }

        InspectionForm.RecommendationForm toForm() {
            return new InspectionForm.RecommendationForm(rec == null ? null : rec.id(), rec == null ? 0 : rec.version(),
                    text.getValue(), unit.getValue() == null ? "" : unit.getValue().code(), deadline.getValue());
        }
    }

    private InspectionForm form(InspectionEntry e) {
        boolean done = e.status() == InspectionStatus.DONE;
        return new InspectionForm(planUnit.id(), planYear, e.target().code(), e.plannedMonth(), e.plannedDate(), e.type(), e.topic(),
                e.teamLead(), e.members() == null ? "" : e.members(), e.status(), done ? e.actualDate() : null,
                e.status() == InspectionStatus.POSTPONED ? e.postponeReason() : null, done && e.findings() != null ? e.findings() : "",
                done ? recs.stream().map(RecRow::toForm).toList() : List.of());
    }

    /** Each problem of the service on the field it names (a recommendation's in its row), as well as in the list. */
    private void showOnFields(InvalidInspectionException e) {
        for (InvalidInspectionException.Problem p : e.problems()) {
            String message = InspectionTexts.problemMessage(p, locale);
            Matcher m = InspectionTexts.REC_FIELD.matcher(p.field());
            if (m.matches()) {
                int row = Integer.parseInt(m.group(1)) - 1;
                if (row < recs.size()) {
                    recs.get(row).showProblem(m.group(2), message);
                }
            } else {
                binder.getBinding(p.field()).map(Binder.Binding::getField).filter(HasValidation.class::isInstance)
                        .map(HasValidation.class::cast).ifPresent(f -> {
                            f.setErrorMessage(message);
                            f.setInvalid(true);
                        });
            }
        }
    }

    private void save(boolean confirmed) {
        problems.removeAll();
        recs.forEach(RecRow::clearProblems);
        InspectionEntry entry;
        try {
            entry = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;   // the errors are on their fields
        }
        InspectionForm form = form(entry);
        if (!confirmed) {
            List<Warning> warnings = commands.warnings(existing == null ? null : existing.id(), form);
            if (!warnings.isEmpty()) {
                confirm(warnings);
                return;
            }
        }
        try {
            if (existing == null) {
                commands.create(form);
            } else {
                commands.update(existing.id(), existing.version(), form);
            }
        } catch (InvalidInspectionException e) {
            showOnFields(e);
            Paragraph title = new Paragraph(tr("inspections.error.title"));
            title.addClassName("rd-status-red");
            UnorderedList list = new UnorderedList();
            e.problems().forEach(p -> list.add(new ListItem(InspectionTexts.problem(p, locale))));
            problems.add(title, list);
            return;
        } catch (ConcurrentEditException e) {
            Notification n = Notification.show(tr("inspections.error.concurrent"), 8000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            problems.add(new Paragraph(tr("inspections.error.concurrent")));
            return;
        }
        Notification.show(tr("inspections.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        onSaved.run();
    }

    private void confirm(List<Warning> warnings) {
        Dialog confirm = new Dialog();
        confirm.addClassName("inspection-warnings");
        confirm.setHeaderTitle(tr("inspections.warning.title"));
        UnorderedList list = new UnorderedList();
        warnings.forEach(w -> list.add(new ListItem(InspectionTexts.warning(w, locale))));
        confirm.add(list);
        Button back = new Button(tr("inspections.warning.back"), e -> confirm.close());
        Button anyway = new Button(tr("inspections.warning.save-anyway"), e -> {
            confirm.close();
            save(true);
        });
        anyway.setId("inspection-save-anyway");
        anyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(back, anyway);
        confirm.open();
    }

    private String tr(String key, Object... args) {
        return getTranslation(key, args);
    }
}
