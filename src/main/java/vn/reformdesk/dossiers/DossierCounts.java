package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.reformdesk.dossiers.DossierKpi.Event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The rollup counts of the dossiers of a file, counted while it streams in (so a load does not group millions
 * of rows again in SQL): the events of {@link DossierKpi#events} per unit and day, and the flows per unit,
 * month, field, channel and service level. Sent to the temp tables that {@link DossierRollups#apply(boolean)}
 * adds to the rollups. The counts are bounded in memory: past {@link #MAX_KEYS} keys (a whole country's file has
 * 15,000 desks × 2,900 days of events) the partial counts go to a temp file and the map starts again; the rollups
 * sum partial counts of the same key like any others. A load counts {@link #inBackground()}: on a thread of its own, so
 * that the line checks, the counting and PostgreSQL's COPY each have a core (the checks alone were the slowest of the three).
 */
final class DossierCounts implements AutoCloseable {

    /** Keys of each map before its counts go to the temp file: about 100 MB of heap. */
    static final int MAX_KEYS = 500_000;

    /** Both keys mix their parts into the hash: a unit and a day side by side put up to 16 keys in one bucket of the map. */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private record EventKey(long unitId, long day) {
        @Override
        public int hashCode() {
            return Long.hashCode((unitId * MIX + day) * MIX);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EventKey k && k.unitId == unitId && k.day == day;
        }
    }

    private record SplitKey(long unitId, String field, String channel, String level, int year, int month) {
        @Override
        public int hashCode() {
            long h = (unitId * MIX + year * 13L + month) * MIX;
            h = (h + field.hashCode()) * MIX;
            h = (h + channel.hashCode() * 31L + level.hashCode()) * MIX;
            return Long.hashCode(h);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SplitKey k && k.unitId == unitId && k.year == year && k.month == month && k.field.equals(field)
                    && k.channel.equals(channel) && k.level.equals(level);
        }
    }

    private static final int SPLIT_RECEIVED = 0, SPLIT_ONLINE = 1, SPLIT_EARLY = 2, SPLIT_ON_TIME = 3, SPLIT_LATE = 4,
            SPLIT_LATE_APOLOGY = 5, SPLIT_WITHDRAWN = 6;

    private final Map<EventKey, long[]> events = new HashMap<>();
    private final Map<SplitKey, long[]> split = new HashMap<>();
    private @Nullable Path eventFile;
    private @Nullable Path splitFile;
    private @Nullable Writer eventOut;
    private @Nullable Writer splitOut;
    private int spills;
    private final int maxKeys;

    DossierCounts() {
        this(MAX_KEYS);
    }

    /** Counts that go to the temp file past {@code maxKeys} keys (tests spill with a few). */
    DossierCounts(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /** Counts that are kept on a second thread, fed in batches: the line checks and the counting then use two cores. */
    static DossierCounts inBackground() {
        DossierCounts counts = new DossierCounts(MAX_KEYS);
        counts.queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        counts.batch = new ArrayList<>(BATCH);
        Thread worker = new Thread(counts::work, "dossier-counts");
        worker.setDaemon(true);
        counts.worker = worker;
        worker.start();
        return counts;
    }

    /** One checked dossier, as handed to the counting thread. */
    private record Row(long unitId, String field, String channel, String level, LocalDateTime received, LocalDate promised,
                       @Nullable LocalDateTime resolved, @Nullable String outcome, int supplement, boolean apology,
                       @Nullable LocalDate waitingSince) {
    }

    private static final int BATCH = 2048;
    private static final int QUEUED_BATCHES = 32;
    /** The batch that tells the counting thread to stop (compared by identity). */
    private static final List<Row> END = new ArrayList<>(0);
    private @Nullable BlockingQueue<List<Row>> queue;
    private @Nullable Thread worker;
    private List<Row> batch = List.of();
    private volatile @Nullable RuntimeException failure;

    void add(long unitId, String field, String channel, String level, LocalDateTime received, LocalDate promised,
             @Nullable LocalDateTime resolved, @Nullable String outcome, int supplement, boolean apology, @Nullable LocalDate waitingSince) {
        Row row = new Row(unitId, field, channel, level, received, promised, resolved, outcome, supplement, apology, waitingSince);
        if (worker == null) {
            count(row);
            return;
        }
        batch.add(row);
        if (batch.size() == BATCH) {
            handOver(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void handOver(List<Row> rows) {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting dossiers", e);
        }
    }

    /** The counting thread: counts each batch until the end; after a failure it only drains, so the sender never blocks. */
    private void work() {
        try {
            while (true) {
                List<Row> rows = queue.take();
                if (rows == END) {
                    return;
                }
                if (failure == null) {
                    try {
                        rows.forEach(this::count);
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the counting thread has counted everything handed over; rethrows what it failed with. */
    private void finish() {
        Thread running = worker;
        if (running == null) {
            return;
        }
        worker = null;
        try {
            if (failure == null) {
                queue.put(batch);
            }
            queue.put(END);
            running.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting dossiers", e);
        }
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    private void count(Row d) {
        long unitId = d.unitId();
        String field = d.field(), channel = d.channel(), level = d.level(), outcome = d.outcome();
        LocalDateTime received = d.received(), resolved = d.resolved();
        LocalDate promised = d.promised();
        int supplement = d.supplement();
        boolean apology = d.apology();
        DossierKpi.events(received, channel.equals("ONLINE"), promised, resolved, outcome, supplement, apology, d.waitingSince(),
                (day, event) -> events.computeIfAbsent(new EventKey(unitId, day.toEpochDay()), k -> new long[Event.values().length])[event.ordinal()]++);
        long[] r = split.computeIfAbsent(new SplitKey(unitId, field, channel, level, received.getYear(), received.getMonthValue()), k -> new long[7]);
        r[SPLIT_RECEIVED]++;
        if (channel.equals("ONLINE")) {
            r[SPLIT_ONLINE]++;
        }
        if (resolved != null) {
            long[] x = split.computeIfAbsent(new SplitKey(unitId, field, channel, level, resolved.getYear(), resolved.getMonthValue()), k -> new long[7]);
            switch (DossierKpi.status(resolved, outcome, promised, supplement)) {
                case EARLY -> x[SPLIT_EARLY]++;
                case ON_TIME -> x[SPLIT_ON_TIME]++;
                case LATE -> {
                    x[SPLIT_LATE]++;
                    if (apology) {
                        x[SPLIT_LATE_APOLOGY]++;
                    }
                }
                case WITHDRAWN -> x[SPLIT_WITHDRAWN]++;
                case PENDING -> {
                }
            }
        }
        if (events.size() >= maxKeys || split.size() >= maxKeys) {
            spill();
        }
    }

    /** How many times the counts went to the temp files (0 for a province's usual file). */
    int spills() {
        finish();
        return spills;
    }

    private void spill() {
        try {
            if (eventOut == null) {
                eventFile = Files.createTempFile("dossier-events-", ".copy");
                splitFile = Files.createTempFile("dossier-split-", ".copy");
                eventOut = Files.newBufferedWriter(eventFile, StandardCharsets.UTF_8);
                splitOut = Files.newBufferedWriter(splitFile, StandardCharsets.UTF_8);
            }
            StringBuilder b = new StringBuilder(256);
            for (var e : events.entrySet()) {
                eventLine(b, e.getKey(), e.getValue());
                eventOut.append(b);
                b.setLength(0);
            }
            for (var e : split.entrySet()) {
                splitLine(b, e.getKey(), e.getValue());
                splitOut.append(b);
                b.setLength(0);
            }
            events.clear();
            split.clear();
            spills++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void eventLine(StringBuilder b, EventKey key, long[] values) {
        b.append(key.unitId()).append('\t').append(LocalDate.ofEpochDay(key.day()));
        for (long n : values) {
            b.append('\t').append(n);
        }
        b.append('\n');
    }

    private static void splitLine(StringBuilder b, SplitKey k, long[] values) {
        b.append(k.unitId()).append('\t').append(LocalDate.of(k.year(), k.month(), 1)).append('\t').append(k.field()).append('\t')
                .append(k.channel()).append('\t').append(k.level());
        for (long n : values) {
            b.append('\t').append(n);
        }
        b.append('\n');
    }

    /** Deletes the temp files, if the counts went there. */
    @Override
    public void close() {
        try {
            finish();
        } catch (RuntimeException e) {
            // the load failed already, or fails now in copyTo: the temp files go either way
        }
        try {
            if (eventOut != null) {
                eventOut.close();
                splitOut.close();
            }
            if (eventFile != null) {
                Files.deleteIfExists(eventFile);
                Files.deleteIfExists(splitFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the counts into dossier_event_new and dossier_split_new (created by {@link DossierRollups#createNewCounts()}):
     * those in the temp files first, then those in memory.
     */
    void copyTo(Connection connection) throws SQLException, IOException {
        finish();
        if (eventOut != null) {
            eventOut.close();
            splitOut.close();
        }
        var api = connection.unwrap(PGConnection.class).getCopyAPI();
        CopyIn copy = api.copyIn("copy dossier_event_new (unit_id, day, " + DossierRollups.EVENT_COLUMNS + ") from stdin");
        try {
            copyFile(copy, eventFile);
            StringBuilder b = new StringBuilder(1 << 17);
            for (var e : events.entrySet()) {
                eventLine(b, e.getKey(), e.getValue());
                if (b.length() > 1 << 16) {
                    flush(copy, b);
                }
            }
            flush(copy, b);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        copy = api.copyIn("copy dossier_split_new (unit_id, month, field, channel, service_level, " + DossierRollups.SPLIT_COLUMNS + ") from stdin");
        try {
            copyFile(copy, splitFile);
            StringBuilder b = new StringBuilder(1 << 17);
            for (var e : split.entrySet()) {
                splitLine(b, e.getKey(), e.getValue());
                if (b.length() > 1 << 16) {
                    flush(copy, b);
                }
            }
            flush(copy, b);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void copyFile(CopyIn copy, @Nullable Path file) throws IOException, SQLException {
        if (file == null) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                copy.writeToCopy(buffer, 0, n);
            }
        }
    }

    private static void flush(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
