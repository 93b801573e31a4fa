package vn.reformdesk.base;

import java.util.List;

/** An import that wrote nothing because the file has errors; the errors name their lines. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super(errors.size() + " error(s), nothing imported; first: " + (errors.isEmpty() ? "" : errors.getFirst()));
        this.errors = List.copyOf(errors);
    }

    /** A whole-file problem with a translated message (line 0). */
    public static ImportRejectedException localized(String key, Object... args) {
        return new ImportRejectedException(List.of(RowError.localized(0, "", key, args)));
    }

    public List<RowError> errors() {
        return errors;
    }
}
