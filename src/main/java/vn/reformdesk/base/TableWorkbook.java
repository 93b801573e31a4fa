package vn.reformdesk.base;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tables of a page as an Excel workbook, one sheet per table: a header block (unit, period, "as of", plan
 * number: whatever the page states above the table), then the column titles as a frozen, filterable row, then
 * the rows. Numbers stay numbers and dates stay dates, so the reader can sum and sort them.
 */
public final class TableWorkbook {

    /**
     * One table.
     *
     * @param sheet   the sheet's name (cut to Excel's 31 characters, made unique)
     * @param context lines shown above the table (unit, period, as of …)
     * @param columns column titles
     * @param rows    cells: String, Number, LocalDate, Boolean or null
     */
    public record Table(String sheet, List<String> context, List<String> columns, List<List<?>> rows) {
        public Table {
            context = List.copyOf(context);
            columns = List.copyOf(columns);
            rows = rows.stream().<List<?>>map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }
    }

    private TableWorkbook() {
    }

    public static byte[] write(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "ReformDesk", "1.0");
            Set<String> names = new HashSet<>();
            for (Table t : tables) {
                Worksheet ws = wb.newWorksheet(sheetName(t.sheet(), names));
                int r = 0;
                for (String line : t.context()) {
                    ws.value(r, 0, line);
                    if (r == 0) {
                        ws.style(r, 0).bold().fontSize(13).set();
                    }
                    r++;
                }
                if (!t.context().isEmpty()) {
                    r++;
                }
                int header = r;
                for (int c = 0; c < t.columns().size(); c++) {
                    ws.value(header, c, t.columns().get(c));
                    ws.width(c, Math.min(60, Math.max(12, t.columns().get(c).length() + 4)));
                }
                if (!t.columns().isEmpty()) {
                    ws.range(header, 0, header, t.columns().size() - 1).style().bold().fillColor("DDE7F3").wrapText(true).set();
                    ws.freezePane(0, header + 1);
                    ws.setAutoFilter(header, 0, t.columns().size() - 1);
                }
                r = header + 1;
                for (List<?> row : t.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        switch (v) {
                            case null -> { }
                            case Number n -> ws.value(r, c, n);
                            case LocalDate d -> {
                                ws.value(r, c, d);
                                ws.style(r, c).format("dd/mm/yyyy").set();
                            }
                            case Boolean b -> ws.value(r, c, b);
                            default -> ws.value(r, c, v.toString());
                        }
                    }
                    r++;
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sheetName(String wanted, Set<String> taken) {
        String base = wanted.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
