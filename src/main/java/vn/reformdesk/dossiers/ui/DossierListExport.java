package vn.reformdesk.dossiers.ui;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.reformdesk.dossiers.DossierListService;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A dossier list as an Excel sheet, streamed: a header block (title, unit, period, as of, filter), the column
 * titles as a frozen, filterable row, then the rows as the database returns them, flushed to the download every
 * thousand rows so the file is never held in memory. Up to {@link DossierListService#EXPORT_LIMIT} rows.
 */
final class DossierListExport {

    static final List<String> COLUMNS = List.of("id", "procedure", "field", "desk", "channel", "received", "due", "resolved", "status",
            "days-late", "supplement", "apology");

    private DossierListExport() {
    }

    /** Column titles and the codes' labels the sheet uses, translated by the page. */
    static Map<String, String> labels(Function<String, String> t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sheet", t.apply("dossiers.list.export.sheet"));
        for (String c : COLUMNS) {
            m.put("col." + c, t.apply(c.equals("channel") ? "dossiers.list.channel" : "dossiers.list.col." + c));
        }
        for (String f : DossierListView.FIELDS) {
            String v = t.apply("dossiers.field." + f);
            m.put("field." + f, v.startsWith("!") ? f : v);
        }
        DossierListView.DESKS.forEach(d -> m.put("desk." + d, t.apply("dossiers.list.desk." + d)));
        DossierListView.CHANNELS.forEach(c -> m.put("channel." + c, t.apply("dossiers.channel." + c)));
        for (var s : vn.reformdesk.dossiers.DossierKpi.Status.values()) {
            m.put("status." + s.name(), t.apply("dossiers.list.status." + s.name()));
        }
        return m;
    }

    static long write(DossierListService list, DossierListService.Query q, DossierListService.Sort sort, boolean ascending,
                      List<String> context, Map<String, String> labels, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "ReformDesk", "1.0");
        Worksheet ws = wb.newWorksheet(labels.get("sheet"));
        int r = 0;
        for (String line : context) {
            ws.value(r, 0, line);
            if (r == 0) {
                ws.style(r, 0).bold().fontSize(13).set();
            }
            r++;
        }
        int header = r + 1;
        for (int c = 0; c < COLUMNS.size(); c++) {
            ws.value(header, c, labels.get("col." + COLUMNS.get(c)));
            ws.width(c, c == 0 || c == 1 ? 24 : 16);
        }
        ws.range(header, 0, header, COLUMNS.size() - 1).style().bold().fillColor("DDE7F3").wrapText(true).set();
        ws.freezePane(0, header + 1);
        ws.setAutoFilter(header, 0, COLUMNS.size() - 1);
        int[] row = {header + 1};
        try {
            list.forEach(q, sort, ascending, d -> {
                int i = row[0]++;
                ws.value(i, 0, d.id());
                ws.value(i, 1, d.procedure());
                ws.value(i, 2, labels.getOrDefault("field." + d.field(), d.field()));
                ws.value(i, 3, labels.getOrDefault("desk." + d.desk(), d.desk()));
                ws.value(i, 4, labels.getOrDefault("channel." + d.channel(), d.channel()));
                ws.value(i, 5, d.received());
                ws.style(i, 5).format("dd/mm/yyyy hh:mm").set();
                ws.value(i, 6, d.due());
                ws.style(i, 6).format("dd/mm/yyyy").set();
                if (d.resolved() != null) {
                    ws.value(i, 7, d.resolved());
                    ws.style(i, 7).format("dd/mm/yyyy hh:mm").set();
                }
                ws.value(i, 8, labels.get("status." + d.status().name()));
                ws.value(i, 9, d.daysLate());
                ws.value(i, 10, d.supplementDays());
                if (d.apology()) {
                    if (d.apologyDate() != null) {
                        ws.value(i, 11, d.apologyDate());
                        ws.style(i, 11).format("dd/mm/yyyy").set();
                    } else {
                        ws.value(i, 11, true);
                    }
                }
                if ((i - header) % 1000 == 0) {
                    try {
                        ws.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        wb.finish();
        return row[0] - header - 1;
    }
}
