package vn.reformdesk.units;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.SearchText;

/**
 * How much of an old unit went into a new one, from the note column of the statistics office's conversion
 * table, read by its first words without regard to case, diacritics or spacing (the published table writes
 * "Nhập một  phần", "Nhâp một phần diện tích", "Giữ nguyên "): {@code Nhập toàn bộ…} (whole), {@code Nhập một
 * phần…} (part: the old unit has several successors; "Nhập một phần diện tích, toàn bộ dân số" too), {@code Giữ
 * nguyên} (unchanged), {@code Đổi tên…} (renamed), anything else (other). The note itself is kept with the link.
 */
public enum LinkShare {
    WHOLE("nhap toan bo"), PART("nhap mot phan"), UNCHANGED("giu nguyen"), RENAMED("doi ten"), OTHER("");

    private final String words;

    LinkShare(String words) {
        this.words = words;
    }

    static LinkShare fromNote(String note) {
        String n = SearchText.query(note);
        for (LinkShare share : values()) {
            if (share != OTHER && n.startsWith(share.words)) {
                return share;
            }
        }
        return OTHER;
    }

    /** Whether a note says more than the share's own words ("Nhập một phần diện tích" does, "Nhập một phần" not). */
    public boolean isSaidMoreBy(@Nullable String note) {
        return note != null && !note.isBlank() && (this == OTHER || !SearchText.query(note).equals(words));
    }
}
