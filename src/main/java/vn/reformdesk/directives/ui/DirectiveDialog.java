package vn.reformdesk.directives.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.units.ui.UnitPicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.directives.DirectiveForm;
import vn.reformdesk.directives.DirectiveService;
import vn.reformdesk.directives.Meeting;
import vn.reformdesk.scorecard.MeasureDef;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.List;
import java.util.Map;

/** Records a directive during the meeting: what, which unit leads it, by when, about which figure. */
class DirectiveDialog extends Dialog {

    DirectiveDialog(DirectiveService service, UnitService units, Meeting meeting, List<MeasureDef> measures, Runnable saved) {
        setHeaderTitle(getTranslation("directives.add"));
        setWidth("min(640px, 95vw)");
        UnitRef committee = units.get(meeting.unitId());
        Period period = Period.parse(meeting.periodCode()).orElse(Period.year(meeting.heldOn().getYear()));
        TextArea text = new TextArea(getTranslation("directives.field.text"));
        text.setId("directive-text");
        text.setWidthFull();
        ComboBox<UnitRef> responsible = new ComboBox<>(getTranslation("directives.field.responsible"));
        responsible.setId("directive-responsible");
        responsible.setItemLabelGenerator(u -> UnitNames.name(u, getLocale()));
        List<UnitRef> choices = new java.util.ArrayList<>();
        choices.add(committee);
        choices.addAll(units.children(committee.id(), period));
        UnitPicker.setUnits(responsible, choices);
        DatePicker deadline = new DatePicker(getTranslation("directives.field.deadline"));
        deadline.setId("directive-deadline");
        deadline.setLocale(getLocale());
        ComboBox<MeasureDef> measure = new ComboBox<>(getTranslation("directives.field.measure"));
        measure.setId("directive-measure");
        measure.setItems(measures);
        measure.setItemLabelGenerator(m -> getTranslation("scorecard.field." + m.field()) + ": " + getTranslation(m.labelKey(), ""));
        measure.setClearButtonVisible(true);
        BeanValidationBinder<DirectiveDraft> binder = new BeanValidationBinder<>(DirectiveDraft.class);
        Forms.bind(binder, text, "text", getLocale());
        Forms.bind(binder, responsible, "responsible", getLocale());
        Forms.bind(binder, deadline, "deadline", getLocale());
        binder.forField(measure).bind("measure");
        FormLayout form = new FormLayout(text, responsible, deadline, measure);
        form.setColspan(text, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            DirectiveDraft draft;
            try {
                draft = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;   // the errors are on their fields
            }
            try {
                service.addDirective(meeting.id(), new DirectiveForm(draft.text(), draft.responsible() == null ? null : draft.responsible().id(),
                        draft.deadline(), draft.measure() == null ? null : draft.measure().targetId()));
                close();
                saved.run();
            } catch (UserFacingException ex) {
                if (!Forms.showOnField(binder, ex, getLocale())) {
                    FieldErrors.show(ex, Map.of(), getLocale());
                }
            }
        });
        save.setId("directive-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
