package vn.reformdesk.base;

/** One problem in an imported file: the line (1 = header) and, where known, the column. */
public record RowError(int line, String column, String message) {

    public static RowError of(int line, String message) {
        return new RowError(line, "", message);
    }

    @Override
    public String toString() {
        return column.isEmpty() ? "line " + line + ": " + message : "line " + line + ", " + column + ": " + message;
    }
}
