package vn.reformdesk.units;

/**
 * How much of an old unit went into a new one, from the note column of the statistics office's conversion
 * table: {@code Nhập toàn bộ} (whole), {@code Nhập một phần} (part: the old unit has several successors),
 * {@code Giữ nguyên} (unchanged), {@code Đổi tên…} (renamed), anything else (other, the note is kept).
 */
public enum LinkShare {
    WHOLE, PART, UNCHANGED, RENAMED, OTHER;

    static LinkShare fromNote(String note) {
        String n = note.strip().toLowerCase(java.util.Locale.of("vi"));
        if (n.equals("nhập toàn bộ")) {
            return WHOLE;
        }
        if (n.equals("nhập một phần")) {
            return PART;
        }
        if (n.equals("giữ nguyên")) {
            return UNCHANGED;
        }
        return n.startsWith("đổi tên") ? RENAMED : OTHER;
    }
}
