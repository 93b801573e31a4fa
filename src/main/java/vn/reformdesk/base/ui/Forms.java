package vn.reformdesk.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.UserFacingException;

import java.util.Locale;
import java.util.Map;

/**
 * How a form shows its errors. A form edits a form record whose components carry Bean Validation annotations with
 * message <em>keys</em> ({@code @NotBlank(message = "admin.users.required")}), bound by a
 * {@link com.vaadin.flow.data.binder.BeanValidationBinder}; {@link #bind} shows such a message translated on its
 * field. A service's refusal ({@link UserFacingException} with a field) goes on the field bound to that record
 * component ({@link #showOnField}); the service stays the authority and checks again.
 */
public final class Forms {

    /** The message of a field's own constraint, which carries none. */
    static final String INVALID = "form.error.invalid";

    private Forms() {
    }

    /** Binds a field to a record component; a failed constraint's key is shown translated on the field. */
    public static <B, V, F extends HasValue<?, V> & HasValidation> Binder.Binding<B, V> bind(Binder<B> binder, F field, String property,
                                                                                              Locale locale) {
        return binder.forField(field)
                .withValidationStatusHandler(status -> {
                    // a component's own constraint (an IntegerField's min, a date picker's unparsable input) has no message
                    field.setErrorMessage(status.getMessage().map(key -> AppI18NProvider.text(key.isBlank() ? INVALID : key, locale))
                            .orElse(null));
                    field.setInvalid(status.isError());
                })
                .bind(property);
    }

    /**
     * For a small row of fields without a form record (a line of the scoring sheet): shows a refusal on the field
     * it names, else on {@code fallback}; the other fields are cleared of earlier errors.
     */
    public static void showOn(UserFacingException e, Locale locale, Map<String, ? extends HasValidation> fields,
                              HasValidation fallback) {
        fields.values().forEach(f -> f.setInvalid(false));
        fallback.setInvalid(false);
        HasValidation on = e.field() == null ? fallback : fields.getOrDefault(e.field(), null);
        on = on == null ? fallback : on;
        on.setErrorMessage(e.message(locale));
        on.setInvalid(true);
    }

    /**
     * As {@link #showOnField(Binder, UserFacingException, Locale)} for a service that names some fields otherwise
     * than the form record does ({@code renamed}: the service's name to the record component's).
     */
    public static boolean showOnField(Binder<?> binder, UserFacingException e, Locale locale, Map<String, String> renamed) {
        String field = e.field();
        if (field != null && renamed.containsKey(field)) {
            e = UserFacingException.onField(renamed.get(field), e.key(), e.args());
        }
        return showOnField(binder, e, locale);
    }

    /**
     * Shows a refusal on the field bound to the record component it names. Returns false when it names no field
     * of this form (the caller then shows it as a notification).
     */
    public static boolean showOnField(Binder<?> binder, UserFacingException e, Locale locale) {
        if (e.field() == null) {
            return false;
        }
        return binder.getBinding(e.field())
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(f -> {
                    HasValidation v = (HasValidation) f;
                    v.setErrorMessage(e.message(locale));
                    v.setInvalid(true);
                    return true;
                })
                .orElse(false);
    }
}
