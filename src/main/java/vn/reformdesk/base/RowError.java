package vn.reformdesk.base;

import java.util.List;
import java.util.Locale;

/**
 * One problem in an imported file: the line (1 = header), where known the column, and the message as a key of
 * the bundles with its arguments ({@link #localized}). Services never translate: the UI and the API show it in
 * the user's language ({@link #message(Locale)}, {@link #column(Locale)}); {@link #message()} is its English form
 * (logs, command line). A column given as a key (e.g. {@code rankings.col.max}) is translated too.
 */
public record RowError(int line, String column, String message, String key, List<Object> args) {

    /** A message from the translations, e.g. {@code import.error.not-utf8}; arguments are shown as given. */
    public static RowError localized(int line, String column, String key, Object... args) {
        List<Object> list = List.of(args);
        return new RowError(line, column, AppI18NProvider.text(key, AppLocales.ENGLISH, args), key, list);
    }

    /** A problem of the whole file (line 0, no column). */
    public static RowError ofFile(String key, Object... args) {
        return localized(0, "", key, args);
    }

    public String message(Locale locale) {
        return key.isEmpty() ? message : AppI18NProvider.text(key, locale, args.toArray());
    }

    /** The column's name in a language: a column given as a bundle key is translated, a file's own header is kept. */
    public String column(Locale locale) {
        if (column.indexOf('.') > 0 && column.indexOf(' ') < 0) {
            String text = AppI18NProvider.text(column, locale);
            if (!text.startsWith("!")) {
                return text;
            }
        }
        return column;
    }

    @Override
    public String toString() {
        String col = column(AppLocales.ENGLISH);
        return col.isEmpty() ? "line " + line + ": " + message : "line " + line + ", " + col + ": " + message;
    }
}
