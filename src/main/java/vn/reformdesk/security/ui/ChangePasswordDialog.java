package vn.reformdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.UserService;

/** Every user changes their own password here (the key button in the header); their other sessions end. */
public class ChangePasswordDialog extends Dialog {

    /** The header's button that opens the dialog. */
    public static Button button(UserService users) {
        Button open = new Button(VaadinIcon.KEY.create(), e -> new ChangePasswordDialog(users).open());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        open.setAriaLabel(open.getTranslation("security.password.change"));
        open.setTooltipText(open.getTranslation("security.password.change"));
        open.setId("change-password");
        return open;
    }

    public ChangePasswordDialog(UserService users) {
        setHeaderTitle(getTranslation("security.password.change"));
        PasswordField current = new PasswordField(getTranslation("security.password.current"));
        PasswordField fresh = new PasswordField(getTranslation("security.password.new"));
        PasswordField again = new PasswordField(getTranslation("security.password.again"));
        fresh.setHelperText(getTranslation("security.password.help", users.passwordMinLength()));
        add(new FormLayout(current, fresh, again));
        Button save = new Button(getTranslation("action.save"), e -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            again.setInvalid(false);
            if (!fresh.getValue().equals(again.getValue())) {
                again.setErrorMessage(getTranslation("security.password.mismatch"));
                again.setInvalid(true);
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), fresh.getValue());
                close();
                Notification.show(getTranslation("security.password.changed"), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException ex) {
                PasswordField field = "currentPassword".equals(ex.field()) ? current : fresh;
                field.setErrorMessage(ex.message(getLocale()));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
