package vn.reformdesk.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.UnitRef;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The fields of the new-account form, bound to {@link NewAccountForm} with Bean Validation. */
class NewAccountFields extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final ComboBox<String> role = new ComboBox<>();
    final ComboBox<UnitRef> unit = new ComboBox<>();
    private final BeanValidationBinder<NewAccountForm> binder = new BeanValidationBinder<>(NewAccountForm.class);
    private final Locale locale;

    NewAccountFields(Locale locale) {
        this.locale = locale;
        username.setLabel(t("admin.users.username"));
        username.setId("new-user-username");
        displayName.setLabel(t("admin.users.name"));
        displayName.setId("new-user-name");
        password.setLabel(t("admin.users.password"));
        password.setHelperText(t("admin.users.password.help"));
        password.setId("new-user-password");
        role.setLabel(t("admin.users.role"));
        role.setItems(List.of(Roles.ADMIN, Roles.CHAIR, Roles.SECRETARIAT, Roles.UNIT_LEADER, Roles.APPRAISER));
        role.setItemLabelGenerator(r -> t("role." + r));
        role.setId("new-user-role");
        unit.setLabel(t("admin.users.unit"));
        unit.setHelperText(t("admin.users.unit.help"));
        unit.setEnabled(false);
        unit.setId("new-user-unit");
        role.addValueChangeListener(e -> unit.setEnabled(Roles.UNIT_LEADER.equals(e.getValue())));
        Forms.bind(binder, username, "username", locale);
        Forms.bind(binder, displayName, "displayName", locale);
        Forms.bind(binder, password, "password", locale);
        Forms.bind(binder, role, "role", locale);
        Forms.bind(binder, unit, "unit", locale);
        add(username, displayName, password, role, unit);
    }

    /** The form's values when every constraint holds; otherwise empty, with the errors shown on their fields. */
    Optional<NewAccountForm> value() {
        try {
            NewAccountForm f = binder.writeRecord();
            return Optional.of(new NewAccountForm(f.username().trim(), f.displayName().trim(), f.password(), f.role(),
                    Roles.UNIT_LEADER.equals(f.role()) ? f.unit() : null));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Shows the service's refusal on its field; false when it names none of this form's fields. */
    boolean show(UserFacingException e) {
        return Forms.showOnField(binder, e, locale);
    }

    private String t(String key) {
        return AppI18NProvider.text(key, locale);
    }
}
