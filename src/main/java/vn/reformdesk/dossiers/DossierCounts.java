package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.reformdesk.dossiers.DossierKpi.Event;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The rollup counts of the dossiers of a file, counted while it streams in (so a load does not group millions
 * of rows again in SQL): the events of {@link DossierKpi#events} per unit and day, and the flows per unit,
 * month, field, channel and service level. Sent to the temp tables that {@link DossierRollups#apply(boolean)}
 * adds to the rollups.
 */
final class DossierCounts {

    private record SplitKey(long unitId, String field, String channel, String level, int year, int month) {
    }

    private static final int SPLIT_RECEIVED = 0, SPLIT_ONLINE = 1, SPLIT_EARLY = 2, SPLIT_ON_TIME = 3, SPLIT_LATE = 4,
            SPLIT_LATE_APOLOGY = 5, SPLIT_WITHDRAWN = 6;

    /** Key: unit id × 2^20 + epoch day. */
    private final Map<Long, long[]> events = new HashMap<>();
    private final Map<SplitKey, long[]> split = new HashMap<>();

    void add(long unitId, String field, String channel, String level, LocalDateTime received, LocalDate promised,
             @Nullable LocalDateTime resolved, @Nullable String outcome, int supplement, boolean apology, @Nullable LocalDate waitingSince) {
        DossierKpi.events(received, channel.equals("ONLINE"), promised, resolved, outcome, supplement, apology, waitingSince,
                (day, event) -> events.computeIfAbsent((unitId << 20) + day.toEpochDay(), k -> new long[Event.values().length])[event.ordinal()]++);
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
    }

    /** Copies the counts into dossier_event_new and dossier_split_new (created by {@link DossierRollups#createNewCounts()}). */
    void copyTo(Connection connection) throws SQLException {
        var api = connection.unwrap(PGConnection.class).getCopyAPI();
        CopyIn copy = api.copyIn("copy dossier_event_new (unit_id, day, " + DossierRollups.EVENT_COLUMNS + ") from stdin");
        try {
            StringBuilder b = new StringBuilder(1 << 17);
            for (var e : events.entrySet()) {
                long key = e.getKey();
                b.append(key >> 20).append('\t').append(LocalDate.ofEpochDay(key & ((1 << 20) - 1)));
                for (long n : e.getValue()) {
                    b.append('\t').append(n);
                }
                b.append('\n');
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
            StringBuilder b = new StringBuilder(1 << 17);
            for (var e : split.entrySet()) {
                SplitKey k = e.getKey();
                b.append(k.unitId()).append('\t').append(LocalDate.of(k.year(), k.month(), 1)).append('\t').append(k.field()).append('\t')
                        .append(k.channel()).append('\t').append(k.level());
                for (long n : e.getValue()) {
                    b.append('\t').append(n);
                }
                b.append('\n');
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

    private static void flush(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
