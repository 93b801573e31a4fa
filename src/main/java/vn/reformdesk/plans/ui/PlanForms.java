package vn.reformdesk.plans.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.plans.ConcurrentEditException;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Small helpers of the plan dialogs: dates as dd/MM/yyyy, and service refusals as clear messages. */
final class PlanForms {

    private PlanForms() {
    }

    static DatePicker datePicker(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }

    /** Runs a save; a refusal is shown and the dialog stays open with what the user typed. */
    static boolean guard(Runnable save) {
        return guard(save, e -> false);
    }

    /**
     * Runs a save; a refusal about one field goes on that field when {@code onField} shows it there, any other is
     * shown as a message. The dialog stays open with what the user typed.
     */
    static boolean guard(Runnable save, Predicate<UserFacingException> onField) {
        Locale locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.ROOT;
        try {
            save.run();
            return true;
        } catch (ConcurrentEditException e) {
            error(AppI18NProvider.text("plans.conflict", locale, e.changedBy(),
                    Formats.dateTime(e.changedAt().atZoneSameInstant(ReportingClock.ZONE).toLocalDateTime(), locale)));
        } catch (UserFacingException e) {
            if (!onField.test(e)) {
                error(e.message(locale));
            }
        }
        return false;
    }

    static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("plans-error");
    }
}
