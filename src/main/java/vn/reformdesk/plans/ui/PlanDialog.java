package vn.reformdesk.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanRef;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Create or describe a unit's plan of a year: number, date of issue, title, bound to {@link PlanForm}; a refusal
 * of the service lands on the field it names.
 */
class PlanDialog extends Dialog {

    private final BeanValidationBinder<PlanForm> binder = new BeanValidationBinder<>(PlanForm.class);

    PlanDialog(PlanCommands plans, UnitRef unit, int year, @Nullable PlanRef plan, Runnable saved) {
        Locale locale = getLocale();
        setHeaderTitle(getTranslation(plan == null ? "plans.create" : "plans.edit") + " – " + UnitNames.name(unit, locale)
                + " " + year);
        setWidth("min(40rem, 95vw)");
        TextField number = new TextField(getTranslation("plans.field.number"));
        number.setId("plan-number");
        number.setPlaceholder("31/KH-UBND");
        number.setValueChangeMode(ValueChangeMode.EAGER);
        DatePicker issued = PlanForms.datePicker(getTranslation("plans.field.issued-on"), locale);
        issued.setId("plan-issued-on");
        TextField title = new TextField(getTranslation("plans.field.title"));
        title.setId("plan-title");
        title.setValueChangeMode(ValueChangeMode.EAGER);
        Forms.bind(binder, number, "number", locale);
        Forms.bind(binder, issued, "issuedOn", locale);
        Forms.bind(binder, title, "title", locale);
        if (plan != null) {
            number.setValue(plan.number());
            issued.setValue(plan.issuedOn());
            title.setValue(plan.title());
        } else {
            issued.setValue(LocalDate.of(year, 1, 15));
            title.setValue(getTranslation("plans.field.title.default", Integer.toString(year)));
        }
        FormLayout form = new FormLayout(number, issued, title);
        form.setColspan(title, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            PlanForm f;
            try {
                f = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            PlanForms.guard(() -> {
                if (plan == null) {
                    plans.createPlan(unit.id(), year, f.number(), f.issuedOn(), f.title());
                } else {
                    plans.updatePlan(plan.id(), plan.version(), f.number(), f.issuedOn(), f.title());
                }
                close();
                saved.run();
            }, refusal -> Forms.showOnField(binder, refusal, locale));
        });
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
