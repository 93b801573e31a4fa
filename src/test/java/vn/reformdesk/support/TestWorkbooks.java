package vn.reformdesk.support;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Excel files for import tests: one sheet, one array per row; dates, numbers and text keep their cell types. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    public static byte[] xlsx(String sheet, Object[][] rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same, written to a new file under target/ (for uploads in browser tests). */
    public static Path file(String name, String sheet, Object[][] rows) throws IOException {
        Path dir = Path.of("target", "test-files");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + "-" + System.nanoTime() + ".xlsx").toAbsolutePath();
        Files.write(file, xlsx(sheet, rows));
        return file;
    }
}
