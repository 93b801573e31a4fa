package vn.reformdesk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.reformdesk.base.TableWorkbook;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * An "Excel" button for the tables a page shows: the tables are read when clicked (as the page shows them,
 * same unit, period and cut-off) and written by {@link TableWorkbook}, one sheet each. One line in a view:
 * {@code toolbar.add(ExcelDownload.of(getTranslation("…"), "plans-892-2019", () -> List.of(table)))}.
 */
public final class ExcelDownload {

    public static final String MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExcelDownload() {
    }

    public static Anchor of(String label, String fileBase, Supplier<List<TableWorkbook.Table>> tables) {
        // the tables are read in the page's language (see DownloadContext)
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(DownloadContext.inPage(e, () -> TableWorkbook.write(tables.get()))), fileBase + ".xlsx", MIME, -1)), "");
        Button b = new Button(label, VaadinIcon.TABLE.create());
        a.add(b);
        a.addClassName("no-print");
        return a;
    }
}
