package vn.reformdesk.units;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversion table of the whole country's size and shape (10,607 lines: the two header lines, a section line
 * per new province, one row per new–old pair; 34 new provinces, 3,321 new units), with the published table's
 * traps: every new province reuses the code of one of its predecessors, every new unit the code of its first
 * predecessor, some old communes are merged in part into two new units, special zones with a free-text note,
 * stray spaces after names. Old communes use codes from 40000 up, which no real commune has.
 */
public record SyntheticCountry(String text, int lines, int rows) {

    static final String REUSED_PROVINCE = "01";
    private static final int NEW_PROVINCES = 34;
    private static final int NEW_UNITS = 3_321;
    private static final int ROWS = 10_607 - 2 - NEW_PROVINCES;

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static SyntheticCountry generate() {
        int splits = 0;
        for (int u = 1; u + 1 < NEW_UNITS; u++) {
            if (u % 50 == 1) {
                splits++;
            }
        }
        int fourth = ROWS - 3 * NEW_UNITS - splits;
        StringBuilder b = new StringBuilder();
        b.append("Đơn vị hành chính từ ngày 01/7/2025,,,Đơn vị hành chính trước ngày 01/7/2025,,,,,\n");
        b.append("\"Tỉnh, thành phố\",Tên Xã mới,Mã Xã mới,Tên Xã cũ,Mã Xã cũ,Ghi chú,Quận/huyện,Tỉnh cũ,\n");
        int lines = 2;
        int rows = 0;
        int nextOld = 0;
        int sharedFromPrevious = -1;
        int province = -1;
        int[] provinceOf = new int[ROWS];
        for (int u = 0; u < NEW_UNITS; u++) {
            int p = u * NEW_PROVINCES / NEW_UNITS;
            if (p != province) {
                province = p;
                b.append("TỈNH MỚI ").append(p).append(",,,,,,,,\n");
                lines++;
            }
            List<Integer> olds = new ArrayList<>();
            if (sharedFromPrevious >= 0) {
                olds.add(sharedFromPrevious);
            }
            int own = 3 + (u % 6 == 0 && u / 6 < fourth ? 1 : 0);
            for (int k = 0; k < own; k++) {
                provinceOf[nextOld] = Math.min(62, 2 * p + (nextOld % 2));
                olds.add(nextOld++);
            }
            boolean splitLast = u % 50 == 1 && u + 1 < NEW_UNITS;
            boolean zone = u % 250 == 0;
            String kind = zone ? "Đặc khu" : u % 4 == 0 ? "Phường" : "Xã";
            String newName = kind + " Mới " + u + (u % 7 == 0 ? " " : "");
            String newCode = code5(olds.getFirst() == sharedFromPrevious ? olds.get(1) : olds.getFirst());
            String newProvince = "Tỉnh Mới " + p + " (" + code2(2 * p) + ")";
            for (int k = 0; k < olds.size(); k++) {
                int old = olds.get(k);
                boolean part = old == sharedFromPrevious || splitLast && k == olds.size() - 1;
                String note = part ? "Nhập một phần" : zone ? "Sắp xếp toàn bộ xã Cũ " + old + " thành đặc khu" : u % 97 == 0 ? "Giữ nguyên" : "Nhập toàn bộ";
                int oldProvince = provinceOf[old];
                int district = 100 + oldProvince * 11 + (old / 15) % 11;
                b.append(newProvince).append(',').append(newName).append(',').append(newCode).append(',')
                        .append("Xã Cũ ").append(old).append(old % 11 == 0 ? " " : "").append(',').append(code5(old)).append(',')
                        .append(note).append(',').append("Huyện Cũ ").append(district).append(" (").append(district).append("),")
                        .append("Tỉnh Cũ ").append(oldProvince).append(" (").append(code2(oldProvince)).append("),\n");
                lines++;
                rows++;
            }
            sharedFromPrevious = splitLast ? olds.getLast() : -1;
        }
        return new SyntheticCountry(b.toString(), lines, rows);
    }

    private static String code5(int old) {
        return String.format("%05d", 40_000 + old);
    }

    private static String code2(int province) {
        return String.format("%02d", province + 1);
    }
}
