package vn.reformdesk.rankings;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.ImportNumbers;
import vn.reformdesk.base.ImportRejectedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the first sheet of an .xlsx file as rows of trimmed texts (numbers as their plain decimal text). */
final class Sheets {

    /** A row of the sheet: its line number (1 = header) and its cells' texts. */
    record Line(int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private Sheets() {
    }

    /** The rows of an .xlsx file; anything else is refused with the message under {@code notExcelKey}. */
    static List<Line> read(byte[] xlsx, String notExcelKey) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Line> lines = new ArrayList<>();
            rows.forEach(r -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(text(r.getCell(i)));
                }
                lines.add(new Line(r.getRowNum(), cells));
            });
            return lines;
        } catch (IOException | RuntimeException e) {
            throw ImportRejectedException.localized(notExcelKey);
        }
    }

    /** The rows of an .xlsx file, or of a CSV file in UTF-8 (comma, semicolon or tab separated, a BOM allowed). */
    static List<Line> readAny(byte[] data, String notReadableKey) {
        if (data.length >= 2 && data[0] == 'P' && data[1] == 'K') {
            return read(data, notReadableKey);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.localized(notReadableKey);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().findFirst().orElse("");
        char delimiter = first.contains(";") ? ';' : first.contains("\t") ? '\t' : ',';
        List<Line> lines = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get().parse(new StringReader(text))) {
                lines.add(new Line((int) r.getRecordNumber(), r.stream().map(String::trim).toList()));
            }
        } catch (IOException | RuntimeException e) {
            throw ImportRejectedException.localized(notReadableKey);
        }
        return lines;
    }

    private static String text(@Nullable Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        String raw = cell.getText();
        return raw == null ? "" : raw.trim();
    }

    /** A number written either way ("8.5" or "8,5"); null when blank; throws NumberFormatException otherwise (see {@link ImportNumbers#decimal}). */
    static @Nullable BigDecimal number(String text) {
        return ImportNumbers.decimal(text);
    }
}
