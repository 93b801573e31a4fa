package vn.reformdesk.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanRef;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;

/** Create or describe a unit's plan of a year: number, date of issue, title. */
class PlanDialog extends Dialog {

    PlanDialog(PlanCommands plans, UnitRef unit, int year, @Nullable PlanRef plan, Runnable saved) {
        setHeaderTitle(getTranslation(plan == null ? "plans.create" : "plans.edit") + " – " + UnitNames.name(unit, getLocale())
                + " " + year);
        setWidth("min(40rem, 95vw)");
        TextField number = new TextField(getTranslation("plans.field.number"));
        number.setId("plan-number");
        number.setPlaceholder("31/KH-UBND");
        number.setValueChangeMode(ValueChangeMode.EAGER);
        DatePicker issued = PlanForms.datePicker(getTranslation("plans.field.issued-on"), getLocale());
        issued.setId("plan-issued-on");
        TextField title = new TextField(getTranslation("plans.field.title"));
        title.setId("plan-title");
        title.setValueChangeMode(ValueChangeMode.EAGER);
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
        Button save = new Button(getTranslation("action.save"), e -> PlanForms.guard(() -> {
            if (plan == null) {
                plans.createPlan(unit.id(), year, number.getValue(), issued.getValue(), title.getValue());
            } else {
                plans.updatePlan(plan.id(), plan.version(), number.getValue(), issued.getValue(), title.getValue());
            }
            close();
            saved.run();
        }));
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
