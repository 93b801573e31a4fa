package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * THE definitions of the dossier KPIs. Every tile, table, chart, the rollups, the raw benchmark queries and
 * the published indicator use what is here; nothing else decides whether a dossier is early or late.
 *
 * <ul>
 *   <li><b>Effective end</b> of processing = the date it was resolved minus the days spent waiting for the
 *       applicant's supplements (those days are not the unit's).</li>
 *   <li><b>Early</b>: effective end before the promised date; <b>on time</b>: on the promised date;
 *       <b>late</b>: after it. <b>Resolved</b> = early + on time + late (a result or a reasoned refusal);
 *       withdrawn dossiers are counted apart.</li>
 *   <li><b>Pending at period end</b>: received on or before the last day of the period and not resolved by
 *       its end. <b>Overdue</b>: pending, and the promised date (plus supplement days) is on or before the
 *       last day of the period.</li>
 *   <li>Early %, on-time % and late % are shares <b>of resolved</b>; online % is a share <b>of received</b>.
 *       Late without apology = late dossiers with no apology letter (phiếu xin lỗi) issued.</li>
 *   <li>Reconciliation: carried in (pending at the previous period's end) + received = resolved + withdrawn
 *       + pending at the end. Reported totals carry no carried-in figure, so for them the check is
 *       received = resolved + withdrawn + pending; the difference is shown as <b>unexplained</b>.</li>
 * </ul>
 */
public final class DossierKpi {

    /** How a dossier stands: resolved early, on time, late, withdrawn, or still pending. */
    public enum Status { EARLY, ON_TIME, LATE, WITHDRAWN, PENDING }

    /** The KPIs that have targets, and which way is better. */
    public enum Target {
        EARLY_OR_ON_TIME(false), LATE(true), ONLINE(false), OVERDUE(true), LATE_NO_APOLOGY(true);

        private final boolean higherIsWorse;

        Target(boolean higherIsWorse) {
            this.higherIsWorse = higherIsWorse;
        }

        public boolean higherIsWorse() {
            return higherIsWorse;
        }
    }

    /** Tile colour against a target. */
    public enum Rating { GREEN, AMBER, RED, NONE }

    private DossierKpi() {
    }

    // ---- SQL forms of the same definitions, over a row with the dossier table's columns ----

    /** The effective end date of processing: resolved date minus supplement days. */
    static final String EFFECTIVE_END_SQL = "(resolved_at::date - supplement_days)";
    /** The date after which a dossier is late: the promised date plus supplement days. */
    static final String DUE_SQL = "(promised_date + supplement_days)";
    /** {@link Status} of a dossier as of now. */
    static final String STATUS_SQL = "(case when resolved_at is null then 'PENDING' when outcome = 'WITHDRAWN' then 'WITHDRAWN'"
            + " when " + EFFECTIVE_END_SQL + " < promised_date then 'EARLY'"
            + " when " + EFFECTIVE_END_SQL + " = promised_date then 'ON_TIME' else 'LATE' end)";

    /**
     * The figures of a subtree computed straight from the records by one GROUP-BY-free scan (the rollups'
     * oracle in the tests and the benchmark's baseline). Named parameters: {@code s} (period start),
     * {@code e1} (day after the period), {@code pe} (the day pending is taken at) and {@code pe1} (the day
     * after), {@code prefix} (the scope's path).
     */
    static final String RAW_FIGURES_SQL = "select count(*) filter (where received_at >= :s and received_at < :e1) received,"
            + " count(*) filter (where received_at >= :s and received_at < :e1 and channel = 'ONLINE') received_online,"
            + " count(*) filter (where resolved_at >= :s and resolved_at < :e1 and " + STATUS_SQL + " = 'EARLY') early,"
            + " count(*) filter (where resolved_at >= :s and resolved_at < :e1 and " + STATUS_SQL + " = 'ON_TIME') on_time,"
            + " count(*) filter (where resolved_at >= :s and resolved_at < :e1 and " + STATUS_SQL + " = 'LATE') late,"
            + " count(*) filter (where resolved_at >= :s and resolved_at < :e1 and " + STATUS_SQL + " = 'LATE' and apology_issued) late_apology,"
            + " count(*) filter (where resolved_at >= :s and resolved_at < :e1 and " + STATUS_SQL + " = 'WITHDRAWN') withdrawn,"
            + " count(*) filter (where received_at < :pe1 and (resolved_at is null or resolved_at >= :pe1)) pending,"
            + " count(*) filter (where received_at < :pe1 and (resolved_at is null or resolved_at >= :pe1) and " + DUE_SQL + " <= :pe) overdue,"
            + " count(*) filter (where received_at < :s and (resolved_at is null or resolved_at >= :s)) carried_in"
            + " from dossier d join unit u on u.id = d.unit_id where u.path like :prefix";

    // ---- Java forms (tests and single-dossier checks) ----

    public static LocalDate effectiveEnd(LocalDateTime resolvedAt, int supplementDays) {
        return resolvedAt.toLocalDate().minusDays(supplementDays);
    }

    public static Status status(@Nullable LocalDateTime resolvedAt, @Nullable String outcome, LocalDate promised, int supplementDays) {
        if (resolvedAt == null) {
            return Status.PENDING;
        }
        if ("WITHDRAWN".equals(outcome)) {
            return Status.WITHDRAWN;
        }
        int c = effectiveEnd(resolvedAt, supplementDays).compareTo(promised);
        return c < 0 ? Status.EARLY : c == 0 ? Status.ON_TIME : Status.LATE;
    }

    /** Overdue at the end of {@code day}: still open then, and due on or before it. */
    public static boolean overdueAt(LocalDate day, LocalDateTime receivedAt, @Nullable LocalDateTime resolvedAt,
                                    LocalDate promised, int supplementDays) {
        boolean open = !receivedAt.toLocalDate().isAfter(day) && (resolvedAt == null || resolvedAt.toLocalDate().isAfter(day));
        return open && !promised.plusDays(supplementDays).isAfter(day);
    }

    /**
     * The figures of a unit (its subtree) for a period. For records: flows in the period, stocks at its end.
     * For reported totals a figure the form left empty is 0 here and listed in {@code missing}.
     *
     * @param carriedIn pending at the end of the previous period (records only)
     * @param reportedUnits how many units' reported totals are included
     * @param unexplainedReported the reported totals' gap: received − resolved − withdrawn − pending
     */
    public record Figures(long received, long receivedOnline, long early, long onTime, long late, long lateApology,
                          long withdrawn, long pending, long overdue, long carriedIn, int reportedUnits,
                          long unexplainedReported) {

        public static final Figures EMPTY = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public long resolved() {
            return early + onTime + late;
        }

        public long lateWithoutApology() {
            return late - lateApology;
        }

        /** Shares of resolved (null when nothing was resolved). */
        public @Nullable Double earlyPct() {
            return Formats.share(early, resolved());
        }

        public @Nullable Double onTimePct() {
            return Formats.share(onTime, resolved());
        }

        public @Nullable Double earlyOrOnTimePct() {
            return Formats.share(early + onTime, resolved());
        }

        public @Nullable Double latePct() {
            return Formats.share(late, resolved());
        }

        /** The same shares of received, for reports that count against received. */
        public @Nullable Double earlyOfReceivedPct() {
            return Formats.share(early, received);
        }

        public @Nullable Double onTimeOfReceivedPct() {
            return Formats.share(onTime, received);
        }

        /** Share of received that came in online. */
        public @Nullable Double onlinePct() {
            return Formats.share(receivedOnline, received);
        }

        /** Share of late dossiers that have an apology letter. */
        public @Nullable Double apologyCoveragePct() {
            return Formats.share(lateApology, late);
        }

        /**
         * Dossiers the totals do not account for: records must satisfy carried in + received = resolved +
         * withdrawn + pending (always 0 for consistent records), reported totals received = resolved +
         * withdrawn + pending. A non-zero value is shown, never hidden.
         */
        public long unexplained() {
            return unexplainedReported;
        }

        public Figures plus(Figures o) {
            return new Figures(received + o.received, receivedOnline + o.receivedOnline, early + o.early, onTime + o.onTime,
                    late + o.late, lateApology + o.lateApology, withdrawn + o.withdrawn, pending + o.pending,
                    overdue + o.overdue, carriedIn + o.carriedIn, reportedUnits + o.reportedUnits,
                    unexplainedReported + o.unexplainedReported);
        }

        /** The value a target is compared with. */
        public @Nullable Double value(Target target) {
            return switch (target) {
                case EARLY_OR_ON_TIME -> earlyOrOnTimePct();
                case LATE -> latePct();
                case ONLINE -> onlinePct();
                case OVERDUE -> (double) overdue;
                case LATE_NO_APOLOGY -> (double) lateWithoutApology();
            };
        }
    }

    /** The reported totals of one unit as a {@link Figures}: the gap is kept, not spread over the figures. */
    public static Figures fromReported(long received, @Nullable Long online, long early, long onTime, @Nullable Long late,
                                       @Nullable Long withdrawn, long pending, @Nullable Long overdue) {
        long l = late == null ? 0 : late;
        long w = withdrawn == null ? 0 : withdrawn;
        long gap = received - (early + onTime + l + w + pending);
        return new Figures(received, online == null ? 0 : online, early, onTime, l, 0, w, pending,
                overdue == null ? 0 : overdue, 0, 1, gap);
    }

    /**
     * Green when the target is met; amber when missed by at most 10% of the target (or by 1 for count
     * targets of 0); red otherwise; NONE without a value or target.
     */
    public static Rating rate(Target target, @Nullable Double value, @Nullable Double goal) {
        if (value == null || goal == null) {
            return Rating.NONE;
        }
        double slack = goal == 0 ? 1 : Math.abs(goal) * 0.10;
        if (target.higherIsWorse()) {
            return value <= goal ? Rating.GREEN : value <= goal + slack ? Rating.AMBER : Rating.RED;
        }
        return value >= goal ? Rating.GREEN : value >= goal - slack ? Rating.AMBER : Rating.RED;
    }
}
