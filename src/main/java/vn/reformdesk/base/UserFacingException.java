package vn.reformdesk.base;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Locale;

/**
 * The one error the application shows to users: a message key from the bundles, its arguments and,
 * where the error belongs to one input, the field's name (a form shows it on that field through its
 * {@code Binder}; an API answers it as a problem with that field). Services throw it; only the UI and
 * the API translate it.
 */
public class UserFacingException extends RuntimeException {

    private final String key;
    private final transient Object[] args;
    private final @Nullable String field;

    public UserFacingException(String key, Object... args) {
        this(null, key, args);
    }

    private UserFacingException(@Nullable String field, String key, Object... args) {
        // the key and its arguments, then the English text: for logs and tests, never shown to users as it is
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)) + ": " + AppI18NProvider.text(key, AppLocales.ENGLISH, args));
        this.key = key;
        this.args = args.clone();
        this.field = field;
    }

    /** An error about one input field (the name of the form record's component). */
    public static UserFacingException onField(String field, String key, Object... args) {
        return new UserFacingException(field, key, args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public @Nullable String field() {
        return field;
    }

    /** The message in a language. */
    public String message(Locale locale) {
        return AppI18NProvider.text(key, locale, args);
    }
}
