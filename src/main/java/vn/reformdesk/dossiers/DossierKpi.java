package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * THE definitions of the dossier KPIs. Every tile, table, chart, the rollups, the raw benchmark queries, the
 * API and the published indicator use what is here; nothing else decides whether a dossier is early or late.
 * Each rule is named and kept in its SQL form (a predicate over a row of {@code dossier}, parameters {@code :s}
 * = first day of the span, {@code :a} = the as-of day) next to its Java form, so a list of the dossiers behind a
 * figure can count exactly what the figure counts.
 *
 * <ul>
 *   <li><b>As of</b>: a period's figures are read as of its last day, or as of today while it runs
 *       ({@code ReportingClock.asOf}). Flows count the days from the period's first day to the as-of day;
 *       stocks are the state at the end of the as-of day.</li>
 *   <li><b>Effective end</b> of processing = the date it was resolved minus the days spent waiting for the
 *       applicant's supplements (those days are not the unit's). <b>Due date</b> = promised date + supplement
 *       days.</li>
 *   <li><b>Early</b>: effective end before the promised date; <b>on time</b>: on the promised date;
 *       <b>late</b>: after it. <b>Resolved</b> = early + on time + late (a result or a reasoned refusal);
 *       withdrawn dossiers are counted apart.</li>
 *   <li><b>Pending</b> as of a day: received on or before it and not resolved by its end.
 *       <b>Overdue</b>: pending, its due date is <em>before</em> the day (a dossier resolved on its due date is
 *       on time, so on that day it is not yet overdue), and not waiting for the applicant.
 *       <b>Waiting for supplement</b>: pending and waiting for the applicant since a day on or before it (only
 *       when the source sends that state); not overdue while it waits.</li>
 *   <li><b>Due in the period</b>: not withdrawn, due date from the period's first day to the as-of day. Early
 *       (on time) <b>of due</b> = those of them resolved early (on time) / due in the period.</li>
 *   <li>Early %, on-time % and late % are shares <b>of resolved</b>; online % is a share <b>of received</b>.
 *       <b>Apology</b>: a late or overdue dossier needs an apology letter (phiếu xin lỗi, one reschedule with a
 *       new date); coverage = (late with apology + overdue with apology) / (late + overdue).</li>
 *   <li>Reconciliation: carried in (pending at the day before the period) + received = resolved + withdrawn
 *       + pending at the end. Reported totals: received = resolved + withdrawn + pending (+ carried over when
 *       given); the difference is shown as <b>unexplained</b>.</li>
 *   <li><b>Unknown is not zero</b>: a field a unit did not report is left out of a share together with its
 *       base, and the tile says by how many of the reporting units it was reported.</li>
 * </ul>
 */
public final class DossierKpi {

    /** How a dossier stands: resolved early, on time, late, withdrawn, or still pending. */
    public enum Status { EARLY, ON_TIME, LATE, WITHDRAWN, PENDING }

    /**
     * Which part of a unit's figures a tile counts when the unit has units below it. <b>Own desk</b>: the dossiers
     * received at the unit itself (its one-stop desk), which the rollups keep as the scope −id of the unit;
     * <b>units below</b>: the rest of the total (every unit under it and, across the 2025 reorganisation, its
     * predecessors), i.e. the total minus the own desk, as {@code DossierKpiService.summary} splits it. The SQL form
     * (parameter {@code :u} = the unit's id) is the one the list of a split tile filters by.
     */
    public enum Part {
        OWN_DESK("(unit_id = :u)"), BELOW("(unit_id <> :u)");

        private final String sql;

        Part(String sql) {
            this.sql = sql;
        }

        /** The rule over a row of {@code dossier} within the unit's scope ({@code :u} = the unit's id). */
        public String sql() {
            return sql;
        }

        /** The URL form: {@code desk} or {@code below}. */
        public String code() {
            return this == OWN_DESK ? "desk" : "below";
        }

        public static java.util.Optional<Part> parse(@Nullable String code) {
            for (Part p : values()) {
                if (p.code().equals(code)) {
                    return java.util.Optional.of(p);
                }
            }
            return java.util.Optional.empty();
        }
    }

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

    /**
     * The dated events a dossier contributes to the rollups ({@link DossierRollups}): flows on the day they
     * happen, and the days a dossier enters (_IN) and leaves (_OUT) a stock. A stock on day D is the sum of its
     * IN minus OUT events up to D; pending is received minus resolved and withdrawn up to D.
     */
    public enum Event {
        RECEIVED, RECEIVED_ONLINE, EARLY, ON_TIME, LATE, LATE_APOLOGY, WITHDRAWN, DUE, DUE_EARLY, DUE_ON_TIME,
        OVERDUE_IN, OVERDUE_OUT, OVERDUE_APOLOGY_IN, OVERDUE_APOLOGY_OUT, WAITING_IN, WAITING_OUT;

        /** The rollup column. */
        public String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Receives a dossier's events. */
    @FunctionalInterface
    public interface EventSink {
        void add(LocalDate day, Event event);
    }

    private DossierKpi() {
    }

    // ---- SQL forms of the same definitions, over a row with the dossier table's columns ----

    /** The effective end date of processing: resolved date minus supplement days. */
    static final String EFFECTIVE_END_SQL = "(resolved_at::date - supplement_days)";
    /** The due date: the promised date plus supplement days; overdue from the day after. */
    static final String DUE_SQL = "(promised_date + supplement_days)";
    /** {@link Status} of a dossier as of now. */
    static final String STATUS_SQL = "(case when resolved_at is null then 'PENDING' when outcome = 'WITHDRAWN' then 'WITHDRAWN'"
            + " when " + EFFECTIVE_END_SQL + " < promised_date then 'EARLY'"
            + " when " + EFFECTIVE_END_SQL + " = promised_date then 'ON_TIME' else 'LATE' end)";
    /** {@link Status} of a dossier as of the end of :a (resolved after it = still pending then). */
    static final String STATUS_AT_SQL = "(case when resolved_at is null or resolved_at::date > :a then 'PENDING' else "
            + STATUS_SQL + " end)";
    /** Days late (resolved: effective end after the promised date) or overdue (pending at :a: :a after the due date); 0 if neither. */
    static final String DAYS_LATE_SQL = "(case when resolved_at is not null and resolved_at::date <= :a then"
            + " greatest(" + EFFECTIVE_END_SQL + " - promised_date, 0) else greatest(:a - " + DUE_SQL + ", 0) end)";
    /** The day a dossier stops being overdue: resolved, or started waiting for the applicant (null = neither). */
    static final String OVERDUE_END_SQL = "least(resolved_at::date, waiting_since)";

    /** Named rule: received from :s to :a. */
    public static final String RECEIVED_SQL = "(received_at >= :s and received_at::date <= :a)";
    /** Named rule: resolved (any status, incl. withdrawn) from :s to :a; combine with {@link #STATUS_SQL}. */
    public static final String RESOLVED_SQL = "(resolved_at >= :s and resolved_at::date <= :a)";
    /** Named rule: pending at the end of :a. */
    public static final String PENDING_AT_SQL = "(received_at::date <= :a and (resolved_at is null or resolved_at::date > :a))";
    /** Named rule: overdue at the end of :a (pending, due before :a, not waiting for the applicant). */
    public static final String OVERDUE_AT_SQL = "(" + PENDING_AT_SQL + " and " + DUE_SQL + " < :a"
            + " and (waiting_since is null or waiting_since > :a))";
    /** Named rule: waiting for the applicant's supplement at the end of :a. */
    public static final String WAITING_AT_SQL = "(" + PENDING_AT_SQL + " and waiting_since <= :a)";
    /** Named rule: due from :s to :a (not withdrawn). */
    public static final String DUE_IN_SQL = "(" + DUE_SQL + " between :s and :a and outcome is distinct from 'WITHDRAWN')";

    /**
     * The figures of a subtree computed straight from the records by one scan (the rollups' oracle in the
     * tests and the benchmark's baseline). Named parameters: {@code s} (first day), {@code a} (as-of day),
     * {@code c} (the day before the period, for carried in), {@code prefix} (the scope's path).
     */
    static final String RAW_FIGURES_SQL = "select count(*) filter (where " + RECEIVED_SQL + ") received,"
            + " count(*) filter (where " + RECEIVED_SQL + " and channel = 'ONLINE') received_online,"
            + " count(*) filter (where " + RESOLVED_SQL + " and " + STATUS_SQL + " = 'EARLY') early,"
            + " count(*) filter (where " + RESOLVED_SQL + " and " + STATUS_SQL + " = 'ON_TIME') on_time,"
            + " count(*) filter (where " + RESOLVED_SQL + " and " + STATUS_SQL + " = 'LATE') late,"
            + " count(*) filter (where " + RESOLVED_SQL + " and " + STATUS_SQL + " = 'LATE' and apology_issued) late_apology,"
            + " count(*) filter (where " + RESOLVED_SQL + " and " + STATUS_SQL + " = 'WITHDRAWN') withdrawn,"
            + " count(*) filter (where " + PENDING_AT_SQL + ") pending,"
            + " count(*) filter (where " + OVERDUE_AT_SQL + ") overdue,"
            + " count(*) filter (where " + PENDING_AT_SQL.replace(":a", ":c") + ") carried_in,"
            + " count(*) filter (where " + DUE_IN_SQL + ") due,"
            + " count(*) filter (where " + DUE_IN_SQL + " and " + STATUS_SQL + " = 'EARLY') due_early,"
            + " count(*) filter (where " + DUE_IN_SQL + " and " + STATUS_SQL + " = 'ON_TIME') due_on_time,"
            + " count(*) filter (where " + OVERDUE_AT_SQL + " and apology_issued) overdue_apology,"
            + " count(*) filter (where " + WAITING_AT_SQL + ") waiting"
            + " from dossier d join unit u on u.id = d.unit_id where u.path like :prefix";

    // ---- Java forms (the loader's event count, tests and single-dossier checks) ----

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

    /** Pending at the end of {@code day}: received on or before it and not resolved by its end. */
    public static boolean pendingAt(LocalDate day, LocalDateTime receivedAt, @Nullable LocalDateTime resolvedAt) {
        return !receivedAt.toLocalDate().isAfter(day) && (resolvedAt == null || resolvedAt.toLocalDate().isAfter(day));
    }

    /** Overdue at the end of {@code day}: still open then, due before it, and not waiting for the applicant. */
    public static boolean overdueAt(LocalDate day, LocalDateTime receivedAt, @Nullable LocalDateTime resolvedAt,
                                    LocalDate promised, int supplementDays, @Nullable LocalDate waitingSince) {
        return pendingAt(day, receivedAt, resolvedAt) && promised.plusDays(supplementDays).isBefore(day)
                && (waitingSince == null || waitingSince.isAfter(day));
    }

    /** {@link #overdueAt(LocalDate, LocalDateTime, LocalDateTime, LocalDate, int, LocalDate)} of a dossier not waiting. */
    public static boolean overdueAt(LocalDate day, LocalDateTime receivedAt, @Nullable LocalDateTime resolvedAt,
                                    LocalDate promised, int supplementDays) {
        return overdueAt(day, receivedAt, resolvedAt, promised, supplementDays, null);
    }

    /** Waiting for the applicant's supplement at the end of {@code day}. */
    public static boolean waitingAt(LocalDate day, LocalDateTime receivedAt, @Nullable LocalDateTime resolvedAt,
                                    @Nullable LocalDate waitingSince) {
        return pendingAt(day, receivedAt, resolvedAt) && waitingSince != null && !waitingSince.isAfter(day);
    }

    /** Due from {@code first} to {@code asOf} (withdrawn dossiers are not due). */
    public static boolean dueIn(LocalDate first, LocalDate asOf, LocalDate promised, int supplementDays, @Nullable String outcome) {
        LocalDate due = promised.plusDays(supplementDays);
        return !due.isBefore(first) && !due.isAfter(asOf) && !"WITHDRAWN".equals(outcome);
    }

    /**
     * The events of one dossier (see {@link Event}); the rollups hold their sums, {@code EVENTS_SQL} in
     * {@link DossierRollups} is the same rule for rows already stored.
     */
    public static void events(LocalDateTime receivedAt, boolean online, LocalDate promised, @Nullable LocalDateTime resolvedAt,
                              @Nullable String outcome, int supplementDays, boolean apology, @Nullable LocalDate waitingSince,
                              EventSink sink) {
        LocalDate r = receivedAt.toLocalDate();
        sink.add(r, Event.RECEIVED);
        if (online) {
            sink.add(r, Event.RECEIVED_ONLINE);
        }
        Status st = status(resolvedAt, outcome, promised, supplementDays);
        LocalDate x = resolvedAt == null ? null : resolvedAt.toLocalDate();
        switch (st) {
            case EARLY -> sink.add(x, Event.EARLY);
            case ON_TIME -> sink.add(x, Event.ON_TIME);
            case LATE -> {
                sink.add(x, Event.LATE);
                if (apology) {
                    sink.add(x, Event.LATE_APOLOGY);
                }
            }
            case WITHDRAWN -> sink.add(x, Event.WITHDRAWN);
            case PENDING -> {
            }
        }
        LocalDate due = promised.plusDays(supplementDays);
        if (st != Status.WITHDRAWN) {
            sink.add(due, Event.DUE);
            if (st == Status.EARLY) {
                sink.add(due, Event.DUE_EARLY);
            } else if (st == Status.ON_TIME) {
                sink.add(due, Event.DUE_ON_TIME);
            }
        }
        LocalDate overdueFrom = due.plusDays(1).isBefore(r) ? r : due.plusDays(1);
        LocalDate overdueEnd = x == null ? waitingSince : waitingSince == null ? x : (x.isBefore(waitingSince) ? x : waitingSince);
        if (overdueEnd == null || overdueFrom.isBefore(overdueEnd)) {
            sink.add(overdueFrom, Event.OVERDUE_IN);
            if (apology) {
                sink.add(overdueFrom, Event.OVERDUE_APOLOGY_IN);
            }
            if (overdueEnd != null) {
                sink.add(overdueEnd, Event.OVERDUE_OUT);
                if (apology) {
                    sink.add(overdueEnd, Event.OVERDUE_APOLOGY_OUT);
                }
            }
        }
        if (waitingSince != null && (x == null || waitingSince.isBefore(x))) {
            LocalDate from = waitingSince.isBefore(r) ? r : waitingSince;
            sink.add(from, Event.WAITING_IN);
            if (x != null) {
                sink.add(x, Event.WAITING_OUT);
            }
        }
    }

    /**
     * What is known of the figures that reported totals may leave empty. Records know everything; a unit whose
     * form left a field empty is counted in the {@code missing…} number and left out of that field's share
     * together with its base.
     *
     * @param onlineBase received of the units that reported online
     * @param earlyKnown early of the units that reported late (their resolved is known)
     * @param onTimeKnown on time of the units that reported late
     */
    public record Coverage(long onlineBase, long earlyKnown, long onTimeKnown, int missingOnline, int missingLate,
                           int missingOverdue, int missingDue, int missingCarried, int missingPending) {

        public static final Coverage NONE = new Coverage(0, 0, 0, 0, 0, 0, 0, 0, 0);

        Coverage plus(Coverage o) {
            return new Coverage(onlineBase + o.onlineBase, earlyKnown + o.earlyKnown, onTimeKnown + o.onTimeKnown,
                    missingOnline + o.missingOnline, missingLate + o.missingLate, missingOverdue + o.missingOverdue,
                    missingDue + o.missingDue, missingCarried + o.missingCarried, missingPending + o.missingPending);
        }

        Coverage negate() {
            return new Coverage(-onlineBase, -earlyKnown, -onTimeKnown, -missingOnline, -missingLate, -missingOverdue, -missingDue,
                    -missingCarried, -missingPending);
        }
    }

    /**
     * The figures of a unit (its subtree) for a period: flows from its first day to the as-of day, stocks at
     * the end of the as-of day.
     *
     * @param carriedIn pending at the day before the period (reported totals: the form's carried over)
     * @param reportedUnits how many units' reported totals are included
     * @param unexplainedReported the reported totals' gap: received (+ carried over) − resolved − withdrawn − pending
     * @param due due in the period; {@code dueEarly}/{@code dueOnTime} those of them resolved early / on time
     * @param overdueApology overdue dossiers that already have an apology letter
     * @param waiting pending dossiers waiting for the applicant's supplement
     */
    public record Figures(long received, long receivedOnline, long early, long onTime, long late, long lateApology,
                          long withdrawn, long pending, long overdue, long carriedIn, int reportedUnits,
                          long unexplainedReported, long due, long dueEarly, long dueOnTime, long overdueApology,
                          long waiting, Coverage coverage) {

        public static final Figures EMPTY = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** Figures from records only (everything known). */
        public Figures(long received, long receivedOnline, long early, long onTime, long late, long lateApology,
                       long withdrawn, long pending, long overdue, long carriedIn, int reportedUnits, long unexplainedReported) {
            this(received, receivedOnline, early, onTime, late, lateApology, withdrawn, pending, overdue, carriedIn, reportedUnits,
                    unexplainedReported, 0, 0, 0, 0, 0, new Coverage(received, early, onTime, 0, 0, 0, 0, 0, 0));
        }

        /** Records with every figure: the coverage is complete. */
        static Figures ofRecords(long received, long receivedOnline, long early, long onTime, long late, long lateApology,
                                 long withdrawn, long pending, long overdue, long carriedIn, long due, long dueEarly,
                                 long dueOnTime, long overdueApology, long waiting) {
            return new Figures(received, receivedOnline, early, onTime, late, lateApology, withdrawn, pending, overdue, carriedIn,
                    0, 0, due, dueEarly, dueOnTime, overdueApology, waiting, new Coverage(received, early, onTime, 0, 0, 0, 0, 0, 0));
        }

        /** The flows only (received, resolved, due…), the stocks zero: a predecessor whose stocks went to another successor. */
        public Figures flowsOnly() {
            return new Figures(received, receivedOnline, early, onTime, late, lateApology, withdrawn, 0, 0, 0, reportedUnits,
                    unexplainedReported, due, dueEarly, dueOnTime, 0, 0, coverage);
        }

        /** The stocks only (pending, overdue, carried in, waiting), the flows zero: an abolished unit's open dossiers. */
        public Figures stocksOnly() {
            return new Figures(0, 0, 0, 0, 0, 0, 0, pending, overdue, carriedIn, 0, 0, 0, 0, 0, overdueApology, waiting, Coverage.NONE);
        }

        /** Nothing at all: no dossier, no reported total (a comparison then says "no data"). */
        public boolean isEmpty() {
            return received == 0 && resolved() == 0 && withdrawn == 0 && pending == 0 && carriedIn == 0 && reportedUnits == 0;
        }

        public long resolved() {
            return early + onTime + late;
        }

        public long lateWithoutApology() {
            return late - lateApology;
        }

        /** Late and overdue dossiers without an apology letter. */
        public long needingApology() {
            return late - lateApology + overdue - overdueApology;
        }

        /** Resolved of the units whose resolved is known (they reported late). */
        public long resolvedKnown() {
            return coverage.earlyKnown() + coverage.onTimeKnown() + late;
        }

        /** Shares of resolved (null when nothing known was resolved). */
        public @Nullable Double earlyPct() {
            return Formats.share(coverage.earlyKnown(), resolvedKnown());
        }

        public @Nullable Double onTimePct() {
            return Formats.share(coverage.onTimeKnown(), resolvedKnown());
        }

        public @Nullable Double earlyOrOnTimePct() {
            return Formats.share(coverage.earlyKnown() + coverage.onTimeKnown(), resolvedKnown());
        }

        public @Nullable Double latePct() {
            return Formats.share(late, resolvedKnown());
        }

        /** The same shares of received, for reports that count against received. */
        public @Nullable Double earlyOfReceivedPct() {
            return Formats.share(early, received);
        }

        public @Nullable Double onTimeOfReceivedPct() {
            return Formats.share(onTime, received);
        }

        /** Shares of the dossiers due in the period, two decimals (as provinces publish them); null without due. */
        public @Nullable Double earlyOfDuePct() {
            return share2(dueEarly, due);
        }

        public @Nullable Double onTimeOfDuePct() {
            return share2(dueOnTime, due);
        }

        /** Share of received that came in online (over the units that reported online). */
        public @Nullable Double onlinePct() {
            return Formats.share(receivedOnline, coverage.onlineBase());
        }

        /** Share of late and overdue dossiers that have an apology letter. */
        public @Nullable Double apologyCoveragePct() {
            return Formats.share(lateApology + overdueApology, late + overdue);
        }

        /**
         * Dossiers the totals do not account for: records must satisfy carried in + received = resolved +
         * withdrawn + pending (always 0 for consistent records), reported totals received (+ carried over) =
         * resolved + withdrawn + pending. A non-zero value is shown, never hidden.
         */
        public long unexplained() {
            return unexplainedReported;
        }

        public Figures plus(Figures o) {
            return new Figures(received + o.received, receivedOnline + o.receivedOnline, early + o.early, onTime + o.onTime,
                    late + o.late, lateApology + o.lateApology, withdrawn + o.withdrawn, pending + o.pending,
                    overdue + o.overdue, carriedIn + o.carriedIn, reportedUnits + o.reportedUnits,
                    unexplainedReported + o.unexplainedReported, due + o.due, dueEarly + o.dueEarly, dueOnTime + o.dueOnTime,
                    overdueApology + o.overdueApology, waiting + o.waiting, coverage.plus(o.coverage));
        }

        /** The value a target is compared with. */
        public @Nullable Double value(Target target) {
            return switch (target) {
                case EARLY_OR_ON_TIME -> earlyOrOnTimePct();
                case LATE -> latePct();
                case ONLINE -> onlinePct();
                // a count some unit did not report is unknown, not coloured; reported totals carry no apology letters
                case OVERDUE -> coverage.missingOverdue() > 0 || coverage.missingPending() > 0 ? null : (double) overdue;
                case LATE_NO_APOLOGY -> reportedUnits > 0 ? null : (double) needingApology();
            };
        }

        private static @Nullable Double share2(long part, long total) {
            return total == 0 ? null : java.math.BigDecimal.valueOf(part * 100.0 / total)
                    .setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
        }
    }

    /**
     * One unit's reported totals as {@link Figures}: the gap is kept, not spread over the figures; a field the
     * form left empty is unknown (counted as missing in the {@link Coverage}, never as zero in a share).
     */
    public static Figures fromReported(long received, @Nullable Long online, long early, long onTime, @Nullable Long late,
                                       @Nullable Long withdrawn, long pending, @Nullable Long overdue) {
        return fromReported(received, online, early, onTime, late, withdrawn, pending, overdue, null, null);
    }

    public static Figures fromReported(long received, @Nullable Long online, long early, long onTime, @Nullable Long late,
                                       @Nullable Long withdrawn, @Nullable Long pendingOrNull, @Nullable Long overdue,
                                       @Nullable Long carriedOver, @Nullable Long due) {
        long pending = pendingOrNull == null ? 0 : pendingOrNull;
        long l = late == null ? 0 : late;
        long w = withdrawn == null ? 0 : withdrawn;
        long c = carriedOver == null ? 0 : carriedOver;
        // the gap only when the form gave what it needs (a report without pending cannot be reconciled)
        long gap = pendingOrNull == null ? 0 : received + c - (early + onTime + l + w + pending);
        Coverage cov = new Coverage(online == null ? 0 : received, late == null ? 0 : early, late == null ? 0 : onTime,
                online == null ? 1 : 0, late == null ? 1 : 0, overdue == null ? 1 : 0, due == null ? 1 : 0, carriedOver == null ? 1 : 0,
                pendingOrNull == null ? 1 : 0);
        return new Figures(received, online == null ? 0 : online, early, onTime, l, 0, w, pending, overdue == null ? 0 : overdue,
                c, 1, gap, due == null ? 0 : due, due == null ? 0 : early, due == null ? 0 : onTime, 0, 0, cov);
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
