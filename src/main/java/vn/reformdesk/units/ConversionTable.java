package vn.reformdesk.units;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statistics office's conversion table between the units from 1 July 2025 and those before, as
 * published ({@code BangChuyendoiĐVHCmoi_cu_khong_merge.csv}): a title line, a header line, then one row per
 * (new unit, old unit) pair with the columns new province "Tỉnh An Giang (91)", new name, new code, old name,
 * old code, note, old district "Huyện Châu Thành (892)", old province "Tỉnh An Giang (89)". Province section
 * lines ({@code AN GIANG,,,,,,,,}) and blank lines are skipped; every name is trimmed (the table has stray
 * spaces). Nothing here knows a particular province: a new province may reuse an old one's code and a new
 * commune an old commune's code, since old and new units are told apart by their validity.
 */
final class ConversionTable {

    static final LocalDate DEFAULT_EFFECTIVE = LocalDate.of(2025, 7, 1);
    static final String NEW_CODE_HEADER = "Mã Xã mới";
    private static final int MAX_ERRORS = 100;
    private static final Locale VIETNAMESE = Locale.of("vi");
    private static final Pattern NAME_CODE = Pattern.compile("^(.*\\S)\\s*\\((\\d+)\\)$");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final String[] COLUMNS = {"Tỉnh, thành phố", "Tên Xã mới", "Mã Xã mới", "Tên Xã cũ", "Mã Xã cũ",
            "Ghi chú", "Quận/huyện", "Tỉnh cũ"};

    /** One named unit of the table: its code, name and kind. */
    record Named(String code, String name, String kind) {
    }

    /** One pair of the table. {@code oldDistrict} is null when the old commune sat directly under its province. */
    record Row(int line, Named newProvince, Named newUnit, Named oldUnit, LinkShare share, String note,
               @Nullable Named oldDistrict, Named oldProvince) {
    }

    record Parsed(LocalDate effective, List<Row> rows) {
    }

    private ConversionTable() {
    }

    static Parsed parse(byte[] content, @Nullable LocalDate effective) {
        String text = decode(content);
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        LocalDate fromTitle = null;
        boolean headerSeen = false;
        Map<String, Row> firstNew = new HashMap<>();
        Map<String, Row> firstOld = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
                if (!headerSeen) {
                    if (r.size() > 2 && NEW_CODE_HEADER.equals(r.get(2))) {
                        headerSeen = true;
                    } else if (fromTitle == null) {
                        fromTitle = dateIn(String.join(" ", r.toList()));
                    }
                    if (!headerSeen && line >= 5) {
                        break;
                    }
                    continue;
                }
                List<String> cells = r.toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (cells.stream().skip(1).allMatch(String::isEmpty)) {
                    continue; // a province section line such as "AN GIANG,,,,,,,,"
                }
                Row row = row(cells, line, errors);
                if (row != null && consistent(row, firstNew, firstOld, pairs, errors)) {
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
        return new Parsed(date, rows);
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

    private static @Nullable Row row(List<String> c, int line, List<RowError> errors) {
        if (c.size() < COLUMNS.length) {
            errors.add(RowError.localized(line, "", "import.error.column-count", String.valueOf(COLUMNS.length), String.valueOf(c.size())));
            return null;
        }
        int before = errors.size();
        Named newProvince = province(c.get(0), line, COLUMNS[0], errors);
        Named newUnit = commune(c.get(1), c.get(2), line, COLUMNS[1], COLUMNS[2], errors);
        Named oldUnit = commune(c.get(3), c.get(4), line, COLUMNS[3], COLUMNS[4], errors);
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
        Named oldProvince = province(c.get(7), line, COLUMNS[7], errors);
        if (errors.size() > before || newProvince == null || newUnit == null || oldUnit == null || oldProvince == null) {
            return null;
        }
        return new Row(line, newProvince, newUnit, oldUnit, LinkShare.fromNote(c.get(5)), c.get(5), oldDistrict, oldProvince);
    }

    private static @Nullable Named province(String cell, int line, String column, List<RowError> errors) {
        Matcher m = NAME_CODE.matcher(cell);
        if (!m.matches() || !m.group(2).matches("\\d{2}")) {
            errors.add(RowError.localized(line, column, "units.conversion.error.name-code", cell, "Tỉnh An Giang (91)"));
            return null;
        }
        String kind = GsoImportService.provinceKind(m.group(1));
        if (kind == null) {
            errors.add(RowError.localized(line, column, "units.import.error.province-kind", m.group(1)));
            return null;
        }
        return new Named(m.group(2), m.group(1), kind);
    }

    private static @Nullable Named commune(String name, String code, int line, String nameColumn, String codeColumn,
                                           List<RowError> errors) {
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
            errors.add(RowError.localized(line, nameColumn, "units.conversion.error.commune-kind", name));
            return null;
        }
        return new Named(code, name, kind);
    }

    /** The kind from the name's prefix: Xã, Phường, Thị trấn, Đặc khu (case as the table writes it, or not). */
    static @Nullable String communeKind(String name) {
        String n = name.toLowerCase(VIETNAMESE);
        if (n.startsWith("xã ")) {
            return "XA";
        }
        if (n.startsWith("phường ")) {
            return "PHUONG";
        }
        if (n.startsWith("thị trấn ")) {
            return "THI_TRAN";
        }
        return n.startsWith("đặc khu ") ? "DAC_KHU" : null;
    }

    /** A new unit repeats on every row of its predecessors, an old unit on every row of its successors: identically. */
    private static boolean consistent(Row row, Map<String, Row> firstNew, Map<String, Row> firstOld, Set<String> pairs,
                                      List<RowError> errors) {
        Row n = firstNew.putIfAbsent(row.newUnit().code(), row);
        if (n != null && (!n.newUnit().name().equals(row.newUnit().name()) || !n.newProvince().equals(row.newProvince()))) {
            errors.add(RowError.localized(row.line(), COLUMNS[2], "units.import.error.inconsistent", row.newUnit().code(),
                    row.newUnit().name(), n.newUnit().name(), String.valueOf(n.line())));
            return false;
        }
        Row o = firstOld.putIfAbsent(row.oldUnit().code(), row);
        if (o != null && (!o.oldUnit().name().equals(row.oldUnit().name()) || !o.oldProvince().equals(row.oldProvince())
                || !java.util.Objects.equals(o.oldDistrict(), row.oldDistrict()))) {
            errors.add(RowError.localized(row.line(), COLUMNS[4], "units.import.error.inconsistent", row.oldUnit().code(),
                    row.oldUnit().name(), o.oldUnit().name(), String.valueOf(o.line())));
            return false;
        }
        if (!pairs.add(row.newUnit().code() + ">" + row.oldUnit().code())) {
            errors.add(RowError.localized(row.line(), COLUMNS[4], "units.conversion.error.duplicate-pair",
                    row.oldUnit().code(), row.newUnit().code()));
            return false;
        }
        return true;
    }
}
