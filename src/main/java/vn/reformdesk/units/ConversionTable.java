package vn.reformdesk.units;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;
import vn.reformdesk.base.SearchText;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statistics office's conversion table between the units from 1 July 2025 and those before, as
 * published ({@code BangChuyendoiĐVHCmoi_cu_khong_merge.csv}): a title line, a header line, then one row per
 * (new unit, old unit) pair with the columns new province "Tỉnh An Giang (91)", new name, new code, old name,
 * old code, note, old district "Huyện Châu Thành (892)", old province "Tỉnh An Giang (89)". Province section
 * lines ({@code AN GIANG,,,,,,,,}) and blank lines are skipped. Nothing here knows a particular province: a new
 * province may reuse an old one's code and a new commune an old commune's code, since old and new units are told
 * apart by their validity.
 * <p>
 * The whole-country table as published has traps that a province's section may not show, and they are read as
 * the statistics office meant them (see docs/decisions/2026-12-01-conversion-table-as-published.md):
 * <ul>
 * <li>names broken over lines inside quotes, stray and doubled spaces, non-breaking spaces: every cell is read
 * in NFC with its white space collapsed;</li>
 * <li>a special zone made of a whole old district has no old commune (empty old name and code), and a piece of
 * land may be named without a code ("Khu vực bãi bồi ven biển…"): the predecessor is then the old district;</li>
 * <li>a name without its kind ("Xuân Phước", "Quảng Trị (44)") or with it misspelt ("Xa Ea Kly", "Thi trấn
 * Ngan Dừa"): the kind is read without diacritics, and a commune without one is a xã, a province a tỉnh
 * (a notice says so);</li>
 * <li>the same code written with two spellings ("Điềm Thụy", "Điềm Thuỵ") is one unit; the same old code with
 * two different names (the table has three such codes) is one unit too, the code being the identity, and a
 * notice names both lines; the same row twice is read once, with a notice; an old district put under another old
 * province than on its first row stays in its first (a notice says so).</li>
 * </ul>
 * What is not a trap stays an error that names the line: a code that is not 5 digits, a new unit under two
 * new provinces, a row with too few columns.
 */
final class ConversionTable {

    static final LocalDate DEFAULT_EFFECTIVE = LocalDate.of(2025, 7, 1);
    static final String NEW_CODE_HEADER = "Mã Xã mới";
    private static final int MAX_ERRORS = 100;
    private static final Pattern NAME_CODE = Pattern.compile("^(.*\\S)\\s*\\((\\d+)\\)$");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final String[] COLUMNS = {"Tỉnh, thành phố", "Tên Xã mới", "Mã Xã mới", "Tên Xã cũ", "Mã Xã cũ",
            "Ghi chú", "Quận/huyện", "Tỉnh cũ"};

    /** One named unit of the table: its code, name and kind. */
    record Named(String code, String name, String kind) {
    }

    /**
     * One pair of the table. {@code oldUnit} is null when the old side is a whole district or a piece of land
     * without a code (the predecessor is then {@code oldDistrict}); {@code oldDistrict} is null when the old
     * commune sat directly under its province.
     */
    record Row(int line, Named newProvince, Named newUnit, @Nullable Named oldUnit, LinkShare share, String note,
               @Nullable Named oldDistrict, Named oldProvince) {
    }

    /** The table's rows, and what was read with an assumption (shown to the importer, never a reason to refuse). */
    record Parsed(LocalDate effective, List<Row> rows, List<RowError> notices, int noticeCount) {
    }

    private static final int MAX_NOTICES = 50;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    private ConversionTable() {
    }

    static Parsed parse(byte[] content, @Nullable LocalDate effective) {
        String text = decode(content);
        List<RowError> errors = new ArrayList<>();
        Notices notices = new Notices();
        List<Row> rows = new ArrayList<>();
        LocalDate fromTitle = null;
        boolean headerSeen = false;
        Map<String, Row> firstNew = new HashMap<>();
        Map<String, Row> firstOld = new HashMap<>();
        Map<String, Row> firstDistrict = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                // the line a record starts on: a name broken over lines inside quotes ends later
                int line = (int) parser.getCurrentLineNumber() - (int) r.stream().mapToLong(c -> c.chars().filter(ch -> ch == '\n').count()).sum();
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
                if (!headerSeen) {
                    if (r.size() > 2 && NEW_CODE_HEADER.equals(clean(r.get(2)))) {
                        headerSeen = true;
                    } else if (fromTitle == null) {
                        fromTitle = dateIn(String.join(" ", r.toList()));
                    }
                    if (!headerSeen && line >= 5) {
                        break;
                    }
                    continue;
                }
                List<String> cells = r.stream().map(ConversionTable::clean).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (cells.stream().skip(1).allMatch(String::isEmpty)) {
                    continue; // a province section line such as "AN GIANG,,,,,,,,"
                }
                Row row = row(cells, line, errors, notices);
                if (row != null && consistent(row, firstNew, firstOld, firstDistrict, pairs, errors, notices)) {
                    rows.add(row);
                }
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw ImportRejectedException.localized("import.error.bad-csv", String.valueOf(e.getMessage()));
        }
        if (!headerSeen) {
            throw new ImportRejectedException(List.of(RowError.localized(1, "", "units.conversion.error.header",
                    String.join(", ", COLUMNS))));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(RowError.localized(1, "", "import.error.no-rows"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        LocalDate date = effective != null ? effective : fromTitle != null ? fromTitle : DEFAULT_EFFECTIVE;
        return new Parsed(date, rows, List.copyOf(notices.kept), notices.count);
    }

    /** The notices of a file: the first {@value #MAX_NOTICES} kept, all counted. */
    private static final class Notices {
        final List<RowError> kept = new ArrayList<>();
        int count;

        void add(RowError notice) {
            if (kept.size() < MAX_NOTICES) {
                kept.add(notice);
            }
            count++;
        }
    }

    /** A cell as meant: NFC, every run of white space (line breaks and non-breaking spaces too) one space, trimmed. */
    static String clean(String cell) {
        return SPACES.matcher(Normalizer.normalize(cell, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Two spellings of one name ("Xã Điềm Thụy", "Xã Điềm Thuỵ", "Phường B’Lao", "Phường B'Lao") compare equal. */
    static boolean sameName(String a, String b) {
        return SearchText.query(a.replace('’', '\'')).equals(SearchText.query(b.replace('’', '\'')));
    }

    private static String decode(byte[] content) {
        if (content.length > GsoImportService.MAX_BYTES) {
            throw ImportRejectedException.localized("import.error.too-large", String.valueOf(GsoImportService.MAX_BYTES / (1024 * 1024)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.localized("import.error.not-utf8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static @Nullable LocalDate dateIn(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable Row row(List<String> c, int line, List<RowError> errors, Notices notices) {
        if (c.size() < COLUMNS.length) {
            errors.add(RowError.localized(line, "", "import.error.column-count", String.valueOf(COLUMNS.length), String.valueOf(c.size())));
            return null;
        }
        int before = errors.size();
        Named newProvince = province(c.get(0), line, COLUMNS[0], errors, notices);
        Named newUnit = commune(c.get(1), c.get(2), line, COLUMNS[1], COLUMNS[2], errors, notices);
        // a whole old district made a special zone, or a piece of land named without a code: no old commune
        boolean noOldCommune = c.get(4).isEmpty() && !c.get(6).isEmpty();
        Named oldUnit = noOldCommune ? null : commune(c.get(3), c.get(4), line, COLUMNS[3], COLUMNS[4], errors, notices);
        Named oldDistrict = null;
        if (!c.get(6).isEmpty()) {
            Matcher m = NAME_CODE.matcher(c.get(6));
            String kind = m.matches() ? GsoImportService.districtKind(m.group(1)) : null;
            if (!m.matches() || !m.group(2).matches("\\d{3}")) {
                errors.add(RowError.localized(line, COLUMNS[6], "units.conversion.error.name-code", c.get(6), "Huyện Châu Thành (892)"));
            } else if (kind == null) {
                errors.add(RowError.localized(line, COLUMNS[6], "units.import.error.district-kind", m.group(1)));
            } else {
                oldDistrict = new Named(m.group(2), m.group(1), kind);
            }
        }
        Named oldProvince = province(c.get(7), line, COLUMNS[7], errors, notices);
        if (errors.size() > before || newProvince == null || newUnit == null || (oldUnit == null && !noOldCommune)
                || oldProvince == null) {
            return null;
        }
        String note = noOldCommune && !c.get(3).isEmpty() ? c.get(3) + (c.get(5).isEmpty() ? "" : " – " + c.get(5)) : c.get(5);
        return new Row(line, newProvince, newUnit, oldUnit, LinkShare.fromNote(c.get(5)), note, oldDistrict, oldProvince);
    }

    private static @Nullable Named province(String cell, int line, String column, List<RowError> errors, Notices notices) {
        Matcher m = NAME_CODE.matcher(cell);
        if (!m.matches() || !m.group(2).matches("\\d{2}")) {
            errors.add(RowError.localized(line, column, "units.conversion.error.name-code", cell, "Tỉnh An Giang (91)"));
            return null;
        }
        String name = m.group(1);
        String folded = SearchText.query(name);
        String kind = folded.startsWith("thanh pho ") ? "THANH_PHO_TW" : folded.startsWith("tinh ") ? "TINH" : null;
        if (kind == null) {
            kind = "TINH";
            notices.add(RowError.localized(line, column, "units.conversion.notice.province-kind", name));
        }
        return new Named(m.group(2), name, kind);
    }

    private static @Nullable Named commune(String name, String code, int line, String nameColumn, String codeColumn,
                                           List<RowError> errors, Notices notices) {
        if (!code.matches("\\d{5}")) {
            errors.add(RowError.localized(line, codeColumn, "units.import.error.commune-code", code));
            return null;
        }
        if (name.isEmpty()) {
            errors.add(RowError.localized(line, nameColumn, "units.import.error.commune-name"));
            return null;
        }
        String kind = communeKind(name);
        if (kind == null) {
            kind = "XA";
            notices.add(RowError.localized(line, nameColumn, "units.conversion.notice.commune-kind", name));
        }
        return new Named(code, name, kind);
    }

    /**
     * The kind from the name's first words: Xã, Phường, Thị trấn, Đặc khu, in any case and with or without
     * diacritics (the table writes "Thị Trấn", "phường", "Xa Ea Kly", "Thi trấn Ngan Dừa"); null without one.
     */
    static @Nullable String communeKind(String name) {
        String n = SearchText.query(name);
        if (n.startsWith("xa ")) {
            return "XA";
        }
        if (n.startsWith("phuong ")) {
            return "PHUONG";
        }
        if (n.startsWith("thi tran ")) {
            return "THI_TRAN";
        }
        return n.startsWith("dac khu ") ? "DAC_KHU" : null;
    }

    /**
     * A new unit repeats on every row of its predecessors under one new province (else an error); the same code
     * spelt otherwise is the same unit. An old unit is its code: another name or place for it on a later row is
     * a notice, and so is a row repeated.
     */
    private static boolean consistent(Row row, Map<String, Row> firstNew, Map<String, Row> firstOld, Map<String, Row> firstDistrict,
                                      Set<String> pairs, List<RowError> errors, Notices notices) {
        Row n = firstNew.putIfAbsent(row.newUnit().code(), row);
        if (n != null && !n.newProvince().code().equals(row.newProvince().code())) {
            errors.add(RowError.localized(row.line(), COLUMNS[0], "units.conversion.error.two-provinces", row.newUnit().code(),
                    row.newProvince().name(), n.newProvince().name(), String.valueOf(n.line())));
            return false;
        }
        if (n != null && !sameName(n.newUnit().name(), row.newUnit().name())) {
            notices.add(RowError.localized(row.line(), COLUMNS[1], "units.conversion.notice.other-name", row.newUnit().code(),
                    row.newUnit().name(), n.newUnit().name(), String.valueOf(n.line())));
        }
        Named district = row.oldDistrict();
        if (district != null) {
            Row d = firstDistrict.putIfAbsent(district.code(), row);
            if (d != null && !d.oldProvince().code().equals(row.oldProvince().code())) {
                notices.add(RowError.localized(row.line(), COLUMNS[7], "units.conversion.notice.other-province", district.name(),
                        row.oldProvince().name(), d.oldProvince().name(), String.valueOf(d.line())));
            }
        }
        Named old = row.oldUnit();
        if (old == null) {
            return true;
        }
        if (!pairs.add(row.newUnit().code() + ">" + old.code())) {
            notices.add(RowError.localized(row.line(), COLUMNS[4], "units.conversion.notice.duplicate-pair",
                    old.code(), row.newUnit().code()));
            return false;
        }
        Row o = firstOld.putIfAbsent(old.code(), row);
        if (o != null && o.oldUnit() != null && (!sameName(o.oldUnit().name(), old.name())
                || !o.oldProvince().code().equals(row.oldProvince().code())
                || !java.util.Objects.equals(code(o.oldDistrict()), code(row.oldDistrict())))) {
            notices.add(RowError.localized(row.line(), COLUMNS[3], "units.conversion.notice.other-name", old.code(),
                    place(old, row), place(o.oldUnit(), o), String.valueOf(o.line())));
        }
        return true;
    }

    private static @Nullable String code(@Nullable Named unit) {
        return unit == null ? null : unit.code();
    }

    /** "Xã Đặng Xá (Huyện Gia Lâm, Thành phố Hà Nội)": a name with where the row puts it. */
    private static String place(Named unit, Row row) {
        return unit.name() + " (" + (row.oldDistrict() == null ? "" : row.oldDistrict().name() + ", ") + row.oldProvince().name() + ")";
    }
}
