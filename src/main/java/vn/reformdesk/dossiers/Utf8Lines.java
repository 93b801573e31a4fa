package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads lines of strict UTF-8, one line at a time, so that a bad byte is reported on its own line. */
final class Utf8Lines implements Closeable {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[512];

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    private int read() throws IOException {
        if (pos == limit) {
            limit = in.read(buf, 0, buf.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buf[pos++] & 0xff;
    }

    /** The next line without its line break, or null at the end; a line that is not UTF-8 throws. */
    @Nullable String readLine() throws IOException {
        int n = 0;
        int b;
        while ((b = read()) != -1 && b != '\n') {
            if (n == line.length) {
                line = Arrays.copyOf(line, n * 2);
            }
            line[n++] = (byte) b;
        }
        if (b == -1 && n == 0) {
            return null;
        }
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (line[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(line, 0, n, StandardCharsets.ISO_8859_1);
        }
        return decoder.decode(ByteBuffer.wrap(line, 0, n)).toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
