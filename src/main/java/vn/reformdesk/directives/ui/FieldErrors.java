package vn.reformdesk.directives.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.reformdesk.base.UserFacingException;

import java.util.Locale;
import java.util.Map;

/** Shows a service's refusal on the field it names, or as a notification when it names none of the form's. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void show(UserFacingException e, Map<String, ? extends HasValidation> fields, Locale locale) {
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(e.message(locale));
            field.setInvalid(true);
        } else {
            Notification.show(e.message(locale), 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
