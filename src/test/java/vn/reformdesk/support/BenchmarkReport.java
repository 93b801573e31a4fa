package vn.reformdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a benchmark prints: lines on standard output (prefixed {@code [benchmark]}, so they can be found in a
 * build log) and the same lines in a file under {@code target/}; and the one way benchmarks time a query.
 */
public final class BenchmarkReport {

    /** Milliseconds at the median and the 95th percentile of a sorted series of runs. */
    public record Timing(double p50, double p95) {
    }

    private final StringBuilder text = new StringBuilder();

    public void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println("[benchmark] " + s);
        text.append(s).append('\n');
    }

    public void writeTo(Path file) throws IOException {
        Files.writeString(file, text);
    }

    /** Runs the work {@code warmup} times untimed, then {@code iterations} times timed. */
    public static Timing time(Supplier<?> work, int iterations, int warmup) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(ms[(int) Math.floor((iterations - 1) * 0.5)], ms[(int) Math.ceil((iterations - 1) * 0.95)]);
    }

    /** Seconds since a {@link System#nanoTime()} reading. */
    public static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }
}
