package vn.reformdesk.base;

import java.util.List;
import java.util.Locale;

/**
 * One problem in an imported file: the line (1 = header) and, where known, the column. A message with a
 * translation key is shown in the user's language ({@link #message(Locale)}); {@link #message()} is its
 * English form (logs, command line, tests).
 */
public record RowError(int line, String column, String message, String key, List<Object> args) {

    public RowError(int line, String column, String message) {
        this(line, column, message, "", List.of());
    }

    public static RowError of(int line, String message) {
        return new RowError(line, "", message);
    }

    /** A message from the translations, e.g. {@code import.error.not-utf8}; arguments are shown as given. */
    public static RowError localized(int line, String column, String key, Object... args) {
        List<Object> list = List.of(args);
        return new RowError(line, column, AppI18NProvider.text(key, AppLocales.ENGLISH, args), key, list);
    }

    public String message(Locale locale) {
        return key.isEmpty() ? message : AppI18NProvider.text(key, locale, args.toArray());
    }

    @Override
    public String toString() {
        return column.isEmpty() ? "line " + line + ": " + message : "line " + line + ", " + column + ": " + message;
    }
}
