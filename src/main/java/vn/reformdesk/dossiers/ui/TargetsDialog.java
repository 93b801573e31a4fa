package vn.reformdesk.dossiers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.NumberField;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.reformdesk.dossiers.DossierKpi.Target;
import vn.reformdesk.dossiers.DossierTargetService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.util.EnumMap;
import java.util.Map;

/** Edits the selected unit's own targets (the defaults and ancestors' targets are shown as starting values). */
class TargetsDialog extends Dialog {

    TargetsDialog(DossierTargetService targets, UnitRef unit, Runnable saved) {
        setHeaderTitle(getTranslation("dossiers.targets.title", UnitNames.name(unit, getLocale())));
        Map<Target, DossierTargetService.TargetValue> current = targets.targets(unit);
        Map<Target, NumberField> fields = new EnumMap<>(Target.class);
        FormLayout form = new FormLayout();
        for (Target t : Target.values()) {
            NumberField f = new NumberField(getTranslation("dossiers.targets." + t.name()));
            f.setMin(0);
            f.setStep(0.1);
            DossierTargetService.TargetValue v = current.get(t);
            if (v != null) {
                f.setValue(v.target());
                f.setHelperText(v.unitId() == null ? getTranslation("dossiers.targets.default")
                        : v.unitId() == unit.id() ? getTranslation("dossiers.targets.own") : getTranslation("dossiers.targets.inherited"));
            }
            f.setId("target-" + t.name());
            fields.put(t, f);
            form.add(f);
        }
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                for (Target t : Target.values()) {
                    Double value = fields.get(t).getValue();
                    DossierTargetService.TargetValue v = current.get(t);
                    if (value != null && (v == null || v.target() != value)) {
                        targets.setTarget(unit, t, value, v != null && v.unitId() != null && v.unitId() == unit.id() ? v.version() : null);
                    }
                }
                close();
                saved.run();
            } catch (OptimisticLockingFailureException ex) {
                Notification.show(getTranslation("dossiers.stale")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("targets-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
