package vn.reformdesk.plans;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ImportNumbers;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.units.UnitRef;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A plan's tasks as the secretariat keeps them in Excel: one row a task, the first row the header.
 * Columns: number, task, area (code or name), lead unit (code or name), supporting units (codes separated
 * by ";" or ","), deadline, expected output, target count. The export adds status, its date, evidence or
 * reason, and whether the task is overdue; the import reads only the first eight columns.
 */
@Component
class PlanExcel {

    private final PlanValidation validation;

    PlanExcel(PlanValidation validation) {
        this.validation = validation;
    }

    static final String[] COLUMNS = {"number", "title", "area", "lead", "support", "deadline", "output", "target"};
    static final String[] EXPORT_ONLY = {"status", "status-date", "note", "overdue"};
    /** The row of the column titles in an export (0-based): below the header block. Imports find it by its first title. */
    static final int HEADER_ROW = 4;
    // STRICT: 31/02/2017 is refused, not turned into 28/02/2017
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    List<PlanTask> read(byte[] file, Locale locale, ReformPlan plan, UnitRef planUnit, List<UnitRef> subtree,
                        List<Area> areas, Function<String, Optional<UnitRef>> findUnit, Set<String> numbers,
                        int firstSortKey) {
        if (file.length < 8 || !ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(file, 8))) {
            boolean oldExcel = file.length >= 8 && ReadableWorkbook.isOLE2Header(Arrays.copyOf(file, 8));
            throw ImportRejectedException.localized(oldExcel ? "plans.import.error.xls" : "plans.import.error.not-excel");
        }
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            rows = wb.getFirstSheet().read();
        } catch (IOException | RuntimeException e) {
            throw ImportRejectedException.localized("plans.import.error.not-excel");
        }
        Map<String, Area> areaByKey = new HashMap<>();
        for (Area a : areas) {
            areaByKey.put(key(a.code()), a);
            areaByKey.put(key(a.name()), a);
            if (a.nameEn() != null) {
                areaByKey.put(key(a.nameEn()), a);
            }
        }
        Map<String, UnitRef> leadByKey = new HashMap<>();
        for (UnitRef u : subtree) {
            leadByKey.putIfAbsent(key(u.code()), u);
            leadByKey.putIfAbsent(key(u.name()), u);
        }
        List<RowError> errors = new ArrayList<>();
        List<PlanTask> result = new ArrayList<>();
        int sortKey = firstSortKey;
        // the column titles: row 1 of a template, lower in an export that opens with its header block
        int headerLine = rows.stream().filter(row -> isNumberTitle(text(row, 0))).mapToInt(Row::getRowNum).findFirst().orElse(1);
        checkHeader(rows, headerLine, locale);
        for (Row row : rows) {
            int line = row.getRowNum();
            if (line <= headerLine || isEmpty(row)) {
                continue;
            }
            int before = errors.size();
            String number = text(row, 0);
            String title = text(row, 1);
            String areaText = text(row, 2);
            Area area = areaByKey.get(key(areaText));
            if (area == null) {
                errors.add(areaText.isBlank() ? RowError.localized(line, col(2, locale), "plans.import.error.area-empty")
                        : RowError.localized(line, col(2, locale), "plans.import.error.area-unknown", areaText));
            }
            String leadText = text(row, 3);
            UnitRef lead = leadByKey.get(key(leadText));
            if (lead == null) {
                errors.add(leadText.isBlank() ? RowError.localized(line, col(3, locale), "plans.import.error.lead-empty")
                        : RowError.localized(line, col(3, locale), "plans.import.error.lead-unknown", leadText, planUnit.name()));
            }
            List<Long> support = new ArrayList<>();
            for (String code : text(row, 4).split("[;,]")) {
                if (code.isBlank()) {
                    continue;
                }
                Optional<UnitRef> unit = leadByKey.containsKey(key(code)) ? Optional.of(leadByKey.get(key(code)))
                        : safeFind(findUnit, code.trim());
                if (unit.isEmpty()) {
                    errors.add(RowError.localized(line, col(4, locale), "plans.import.error.unit-unknown", code.trim()));
                } else {
                    support.add(unit.get().id());
                }
            }
            LocalDate deadline = null;
            try {
                deadline = date(row, 5);
                if (deadline == null) {
                    errors.add(RowError.localized(line, col(5, locale), "plans.import.error.deadline-empty"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(RowError.localized(line, col(5, locale), "plans.import.error.deadline-format", text(row, 5)));
            }
            Integer target = null;
            String targetText = text(row, 7);
            if (!targetText.isBlank()) {
                try {
                    target = target(row.getCell(7), targetText);
                } catch (ImportNumbers.NotANumber e) {
                    errors.add(RowError.localized(line, col(7, locale), "plans.import.error.target", targetText));
                }
            }
            if (title.isBlank()) {
                errors.add(RowError.localized(line, col(1, locale), "plans.error.title-empty"));
            }
            if (errors.size() > before) {
                continue;
            }
            try {
                result.add(validation.newTask(plan, planUnit, new TaskDraft(number, title, area.id(), lead.id(), support,
                        deadline, text(row, 6), target), numbers, sortKey++));
            } catch (UserFacingException e) {
                errors.add(RowError.localized(line, col(columnOf(e.key()), locale), e.key(), e.args()));
            }
        }
        if (errors.isEmpty() && result.isEmpty()) {
            errors.add(RowError.localized(2, "", "plans.import.error.no-rows"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return result;
    }

    byte[] write(PlanRef plan, UnitRef unit, List<TaskRow> tasks, LocalDate asOf, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "ReformDesk", "1.0");
            Worksheet ws = wb.newWorksheet(t("plans.excel.sheet", locale));
            // a header block naming the plan, the unit and the cut-off; the column titles follow, frozen and filterable
            ws.value(0, 0, t("plans.excel.head.plan", locale, plan.number(), Formats.date(plan.issuedOn(), locale), plan.title()));
            ws.style(0, 0).bold().fontSize(13).set();
            ws.value(1, 0, t("plans.excel.head.unit", locale, vn.reformdesk.units.UnitNames.name(unit, locale), Integer.toString(plan.year())));
            ws.value(2, 0, t("plans.excel.head.as-of", locale, Formats.date(asOf, locale)));
            int h = HEADER_ROW;
            int c = 0;
            for (int i = 0; i < COLUMNS.length; i++) {
                ws.value(h, c++, col(i, locale));
            }
            for (String extra : EXPORT_ONLY) {
                ws.value(h, c++, t("plans.excel.col." + extra, locale, Formats.date(asOf, locale)));
            }
            ws.range(h, 0, h, c - 1).style().bold().fillColor("DDE7F3").wrapText(true).set();
            ws.freezePane(0, h + 1);
            ws.setAutoFilter(h, 0, c - 1);
            int[] widths = {6, 60, 30, 18, 22, 12, 40, 10, 18, 14, 40, 14};
            for (int i = 0; i < widths.length; i++) {
                ws.width(i, widths[i]);
            }
            int r = h + 1;
            for (TaskRow task : tasks) {
                ws.value(r, 0, task.number());
                ws.value(r, 1, task.title());
                ws.value(r, 2, task.area().label(locale));
                ws.value(r, 3, task.leadLabel(locale));
                ws.value(r, 4, String.join("; ", task.supportCodes()));
                ws.value(r, 5, task.deadline());
                ws.style(r, 5).format("dd/mm/yyyy").set();
                if (task.expectedOutput() != null) {
                    ws.value(r, 6, task.expectedOutput());
                }
                if (task.targetCount() != null) {
                    ws.value(r, 7, task.targetCount());
                }
                // the status as of the cut-off: a task finished, postponed or cancelled after it was still under way then
                boolean decidedLater = task.statusDate() != null && task.statusDate().isAfter(asOf);
                TaskStatus status = decidedLater && task.status() != TaskStatus.NOT_STARTED ? TaskStatus.IN_PROGRESS : task.status();
                ws.value(r, 8, t("plans.status." + status.name(), locale));
                if (task.statusDate() != null && !decidedLater) {
                    ws.value(r, 9, task.statusDate());
                    ws.style(r, 9).format("dd/mm/yyyy").set();
                }
                String note = task.evidence() != null ? task.evidence() : task.reason();
                if (note != null && !decidedLater) {
                    ws.value(r, 10, note);
                }
                ws.value(r, 11, task.overdue() ? t("plans.excel.yes", locale) : "");
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The target count of a row: a whole number, never negative. A number cell is taken as it is (1.5 is not a
     * count); text is read by {@link ImportNumbers} (1.000, 1,000 and 1 000 are a thousand; 2.5 or 12,5 are refused).
     */
    private static int target(Cell cell, String text) {
        long value = cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
                ? ImportNumbers.count(cell.asNumber().doubleValue()) : ImportNumbers.count(text);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new ImportNumbers.NotANumber(text);
        }
        return (int) value;
    }

    private static Optional<UnitRef> safeFind(Function<String, Optional<UnitRef>> findUnit, String code) {
        try {
            return findUnit.apply(code);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int columnOf(String errorKey) {
        return switch (errorKey) {
            case "plans.error.number-duplicate", "plans.error.number-empty", "plans.error.number-long" -> 0;
            case "plans.error.title-empty" -> 1;
            case "plans.error.area-unknown" -> 2;
            case "plans.error.lead-outside" -> 3;
            case "plans.error.unit-unknown" -> 4;
            case "plans.error.deadline-year" -> 5;
            case "plans.error.target" -> 7;
            default -> 1;
        };
    }

    private static boolean isNumberTitle(String text) {
        return !text.isBlank() && vn.reformdesk.base.AppLocales.ALL.stream().anyMatch(l -> col(0, l).equalsIgnoreCase(text.trim()));
    }

    static String col(int index, Locale locale) {
        return t("plans.excel.col." + COLUMNS[index], locale);
    }

    /**
     * The row of the column titles (row 1 of a template, below the header block of an export) must name the eight
     * columns, in Vietnamese or English, as the template and the export write them.
     */
    private static void checkHeader(List<Row> rows, int headerLine, Locale locale) {
        if (rows.isEmpty()) {
            return;
        }
        Row header = rows.stream().filter(r -> r.getRowNum() == headerLine).findFirst().orElse(rows.getFirst());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            String vi = t("plans.excel.col." + COLUMNS[i], vn.reformdesk.base.AppLocales.VIETNAMESE);
            String en = t("plans.excel.col." + COLUMNS[i], vn.reformdesk.base.AppLocales.ENGLISH);
            expected.add(t("plans.excel.col." + COLUMNS[i], locale));
            String found = header.getRowNum() == headerLine ? text(header, i) : "";
            if (!found.equalsIgnoreCase(vi) && !found.equalsIgnoreCase(en)) {
                throw new ImportRejectedException(List.of(RowError.localized(headerLine, col(i, locale),
                        "import.error.missing-columns", expected.getLast(), String.join(", ",
                                java.util.Arrays.stream(COLUMNS).map(c -> t("plans.excel.col." + c, locale)).toList()))));
            }
        }
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }

    private static String key(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isEmpty(Row row) {
        for (int i = 0; i < COLUMNS.length; i++) {
            if (!text(row, i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    static String text(Row row, int i) {
        if (!row.hasCell(i)) {
            return "";
        }
        Cell cell = row.getCell(i);
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case STRING -> cell.asString().trim();
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText().trim();
        };
    }

    /** A date cell, or text as 25/01/2019 or 2019-01-25; null when empty; IllegalArgumentException when unreadable. */
    static @Nullable LocalDate date(Row row, int i) {
        if (!row.hasCell(i) || row.getCell(i) == null) {
            return null;
        }
        Cell cell = row.getCell(i);
        switch (cell.getType()) {
            case EMPTY:
                return null;
            case NUMBER:
                try {
                    return cell.asDate().toLocalDate();
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(e);
                }
            default:
                String s = text(row, i);
                if (s.isBlank()) {
                    return null;
                }
                try {
                    return s.contains("/") ? LocalDate.parse(s, DMY) : LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(e);
                }
        }
    }
}
