package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.PeriodType;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.StockShares;
import vn.reformdesk.units.UnitLineageService;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dossier KPIs of a unit (its whole subtree, or its own desk) for a period, read from the event rollups
 * <em>as of</em> the period's last day or today while it runs ({@link ReportingClock#asOf}), with the reported
 * totals of units that send no records added (records win: a unit with records received in the period has
 * its reported totals for that period set aside, so nothing is counted twice). Every read checks the
 * caller's scope through {@link UnitService}.
 */
@Service
@Transactional(readOnly = true)
public class DossierKpiService {

    /** One row of a breakdown (a field, a channel × service level, a month). */
    public record Slice(String key, @Nullable String key2, Figures figures) {
    }

    /** A child unit with its subtree's figures, for the drill-down table. */
    public record ChildRow(UnitRef unit, Figures figures) {
    }

    /** The figures of one part (total, own desk or the units below) now and over the comparison span. */
    public record Part(Figures current, Figures previous) {
    }

    /**
     * The unit's figures as of {@code asOf}, the comparison span's ({@code previousFirst}–{@code previousLast}:
     * the previous period, or while the period runs the same span of days a year or a period earlier), and the
     * reported totals that went in or were set aside. {@code desk} and {@code below} split the total into the
     * unit's own desk and the units below it (null for a unit without children).
     */
    public record Summary(Figures current, Figures previous, List<Reported> reportedUsed, List<Reported> reportedSuperseded,
                          LocalDate asOf, LocalDate previousFirst, LocalDate previousLast, @Nullable Part desk, @Nullable Part below) {
    }

    /** A unit's reported totals that went into a figure or were set aside because the unit has records. */
    public record Reported(String unitCode, String unitName, String periodCode, Figures figures) {
    }

    private static final String SUMS;

    static {
        StringBuilder b = new StringBuilder();
        for (String flow : List.of("received", "received_online", "early", "on_time", "late", "late_apology", "withdrawn",
                "due", "due_early", "due_on_time")) {
            b.append("coalesce(sum(").append(flow).append(") filter (where d >= :s), 0) ").append(flow).append(", ");
        }
        String pending = "(received - early - on_time - late - withdrawn)";
        b.append("coalesce(sum(").append(pending).append("), 0) pending, ");
        b.append("coalesce(sum(").append(pending).append(") filter (where d < :s), 0) carried_in, ");
        b.append("coalesce(sum(overdue_in - overdue_out), 0) overdue, ");
        b.append("coalesce(sum(overdue_apology_in - overdue_apology_out), 0) overdue_apology, ");
        b.append("coalesce(sum(waiting_in - waiting_out), 0) waiting");
        SUMS = b.toString();
    }

    /**
     * Figures of several scopes from the first day {@code :s} to the as-of day {@code :a}: the months before the
     * as-of day's month {@code :am} from the month rollup, the days of that month from the day rollup (so a read
     * touches at most ~31 day rows per scope). Flows are the events from :s on, stocks all events up to :a.
     */
    static final String FIGURES_SQL = "select scope_id, " + SUMS + " from ("
            + " select scope_id, month d, " + DossierRollups.EVENT_COLUMNS + " from dossier_rollup_month where scope_id in (:ids) and month < :am"
            + " union all"
            + " select scope_id, day, " + DossierRollups.EVENT_COLUMNS + " from dossier_rollup_day where scope_id in (:ids) and day >= :am and day <= :a"
            + ") x group by scope_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitService units;
    private final ReportedTotals reported;
    private final ReportingClock clock;
    private final UnitLineageService lineage;

    DossierKpiService(NamedParameterJdbcTemplate jdbc, UnitService units, ReportedTotals reported, ReportingClock clock,
                      UnitLineageService lineage) {
        this.jdbc = jdbc;
        this.units = units;
        this.reported = reported;
        this.clock = clock;
        this.lineage = lineage;
    }

    /**
     * The unit's predecessors across the 2025 reorganisation ({@link UnitLineageService#figureScope}): their records
     * count as the unit's own, so a new commune's 2024 figures are its predecessors'.
     */
    private List<Long> predecessors(UnitRef unit) {
        List<Long> ids = new ArrayList<>(lineage.figureScope(unit).ids());
        ids.remove(unit.id());
        return ids;
    }

    /**
     * The figures of a scope plus those of its predecessors, from one read. From the change date an abolished unit's
     * stocks count in its heir only ({@link UnitLineageService#stockShares}): flows only for the predecessors whose
     * stocks went elsewhere, stocks only for an old district's desk that this unit inherited.
     */
    private static Figures withPredecessors(Map<Long, Figures> byScope, long id, List<Long> predecessors, StockShares shares) {
        Figures f = byScope.getOrDefault(id, Figures.EMPTY);
        for (long p : predecessors) {
            Figures pf = byScope.getOrDefault(p, Figures.EMPTY);
            f = f.plus(shares.flowsOnly().contains(p) ? pf.flowsOnly() : pf);
        }
        for (long s : shares.stocksOnly()) {
            f = f.plus(byScope.getOrDefault(s, Figures.EMPTY).stocksOnly());
        }
        return f;
    }

    private static List<Long> plus(List<Long> ids, List<Long> more) {
        List<Long> all = new ArrayList<>(ids);
        all.addAll(more);
        return all;
    }

    /** The day a period's stocks are read: its last day, or today while it runs. */
    public LocalDate asOf(Period period) {
        return clock.asOf(period);
    }

    /**
     * The day a unit's stocks are read for a period: {@link #asOf(Period)}, but never after an abolished unit's last
     * day. From the change date its pending dossiers count under its heir ({@link UnitLineageService#stockShares}),
     * so a period after its end shows its stocks as they were on its last day and no flows, and nothing twice.
     */
    public LocalDate asOf(UnitRef unit, Period period) {
        return ended(unit, asOf(period));
    }

    private static LocalDate ended(UnitRef unit, LocalDate day) {
        return unit.validTo() != null && day.isAfter(unit.validTo()) ? unit.validTo() : day;
    }

    /** Record figures of scopes (ids; −id = a unit's own desk) from {@code first} to {@code asOf}. */
    private Map<Long, Figures> recordsOf(List<Long> ids, LocalDate first, LocalDate asOf) {
        return recordsOf(ids, first, asOf, false);
    }

    /** As above; {@code stocksAfterEnd}: a period that starts after an abolished unit's last day still reads its last stocks. */
    private Map<Long, Figures> recordsOf(List<Long> ids, LocalDate first, LocalDate asOf, boolean stocksAfterEnd) {
        Map<Long, Figures> result = new HashMap<>();
        if (ids.isEmpty() || (asOf.isBefore(first) && !stocksAfterEnd)) {
            return result;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("ids", ids)
                .addValue("s", Date.valueOf(first))
                .addValue("a", Date.valueOf(asOf))
                .addValue("am", Date.valueOf(asOf.withDayOfMonth(1)));
        jdbc.query(FIGURES_SQL, p, rs -> {
            result.put(rs.getLong("scope_id"), figures(rs));
        });
        return result;
    }

    /** The figures from records only (no reported totals): the tiles' record part and the rollup tests. */
    public Figures recordFigures(ReadableUnit readable, Period period) {
        UnitRef unit = readable.unit();
        List<Long> before = predecessors(unit);
        LocalDate asOf = asOf(unit, period);
        StockShares shares = lineage.stockShares(unit, asOf);
        return withPredecessors(recordsOf(plus(plus(List.of(unit.id()), before), shares.stocksOnly()), period.start(), asOf,
                unit.validTo() != null), unit.id(), before, shares);
    }

    /** Records and reported totals combined, with the comparison span for the change arrows, split by desk. */
    public Summary summary(ReadableUnit readable, Period period) {
        UnitRef unit = readable.unit();
        LocalDate asOf = asOf(unit, period);
        ReportingClock.DateSpan span = clock.sameSpanLastYear(period);
        span = new ReportingClock.DateSpan(span.first(), ended(unit, span.last()));
        boolean parent = hasChildren(unit);
        List<Long> predecessors = predecessors(unit);
        List<Long> ids = plus(parent ? List.of(unit.id(), -unit.id()) : List.of(unit.id()), predecessors);
        StockShares sharesNow = lineage.stockShares(unit, asOf);
        StockShares sharesBefore = lineage.stockShares(unit, span.last());
        boolean ended = unit.validTo() != null;
        Map<Long, Figures> now = recordsOf(plus(ids, sharesNow.stocksOnly()), period.start(), asOf, ended);
        Map<Long, Figures> before = recordsOf(plus(ids, sharesBefore.stocksOnly()), span.first(), span.last(), ended);
        ReportedTotals.Selected repNow = reported.select(unit, period.start(), asOf.isBefore(period.end()) ? asOf : period.end());
        ReportedTotals.Selected repBefore = reported.select(unit, span.first(), span.last());
        Figures total = withPredecessors(now, unit.id(), predecessors, sharesNow).plus(repNow.total());
        Figures totalBefore = withPredecessors(before, unit.id(), predecessors, sharesBefore).plus(repBefore.total());
        Part desk = null;
        Part below = null;
        if (parent) {
            ReportedTotals.Selected ownNow = reported.selectOwn(unit, period.start(), asOf.isBefore(period.end()) ? asOf : period.end());
            ReportedTotals.Selected ownBefore = reported.selectOwn(unit, span.first(), span.last());
            // the own desk is the rollups' scope −id (DossierKpi.Part.OWN_DESK), the units below the rest (Part.BELOW)
            Figures d = now.getOrDefault(-unit.id(), Figures.EMPTY).plus(ownNow.total());
            Figures dBefore = before.getOrDefault(-unit.id(), Figures.EMPTY).plus(ownBefore.total());
            desk = new Part(d, dBefore);
            below = new Part(minus(total, d), minus(totalBefore, dBefore));
        }
        return new Summary(total, totalBefore,
                repNow.used().stream().map(DossierKpiService::reported).toList(),
                repNow.superseded().stream().map(DossierKpiService::reported).toList(),
                asOf, span.first(), span.last(), desk, below);
    }

    /** The units below = the total without the own desk (both records and reported totals split exactly this way). */
    private Figures minus(Figures total, Figures desk) {
        return total.plus(negate(desk));
    }

    private static Figures negate(Figures f) {
        var c = f.coverage();
        return new Figures(-f.received(), -f.receivedOnline(), -f.early(), -f.onTime(), -f.late(), -f.lateApology(), -f.withdrawn(),
                -f.pending(), -f.overdue(), -f.carriedIn(), -f.reportedUnits(), -f.unexplainedReported(), -f.due(), -f.dueEarly(),
                -f.dueOnTime(), -f.overdueApology(), -f.waiting(), c.negate());
    }

    private boolean hasChildren(UnitRef unit) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from unit where parent_id = :id)",
                new MapSqlParameterSource("id", unit.id()), Boolean.class));
    }

    private static Reported reported(ReportedTotals.Used u) {
        return new Reported(u.unitCode(), u.unitName(), u.periodCode(), u.figures());
    }

    /** Month by month up to the as-of day (records; reported totals have no monthly split unless reported per month). */
    public List<Slice> trend(ReadableUnit readable, Period period) {
        UnitRef unit = readable.unit();
        Map<String, Figures> byMonth = new LinkedHashMap<>();
        for (YearMonth m : period.months()) {
            byMonth.put(m.toString(), Figures.EMPTY);
        }
        // flows of whole months (nothing happens after today); months after the as-of day stay empty
        jdbc.query("select month, " + SPLIT_SUMS + " from dossier_rollup_month where scope_id in (:ids) and month between :s and :e"
                + " group by month", splitParams(unit, period).addValue("ids", plus(List.of(unit.id()), predecessors(unit))), rs -> {
            byMonth.put(YearMonth.from(rs.getDate("month").toLocalDate()).toString(), flows(rs));
        });
        List<Slice> list = new ArrayList<>();
        byMonth.forEach((k, v) -> list.add(new Slice(k, null, v)));
        return list;
    }

    /** The split's flow columns over the months of the period up to the as-of month. */
    private static final String SPLIT_SUMS = "sum(received) received, sum(received_online) received_online, sum(early) early,"
            + " sum(on_time) on_time, sum(late) late, sum(late_apology) late_apology, sum(withdrawn) withdrawn";

    private MapSqlParameterSource splitParams(UnitRef unit, Period period) {
        return new MapSqlParameterSource("id", unit.id()).addValue("s", Date.valueOf(period.start()))
                .addValue("e", Date.valueOf(asOf(period).withDayOfMonth(1)));
    }

    /** By field (records only; flows of whole months), most received first. */
    public List<Slice> byField(ReadableUnit readable, Period period) {
        UnitRef unit = readable.unit();
        List<Slice> list = jdbc.query("select field, " + SPLIT_SUMS + " from dossier_rollup where scope_id = :id"
                        + " and month between :s and :e group by field",
                splitParams(unit, period), (rs, i) -> new Slice(rs.getString("field"), null, flows(rs)));
        return list.stream().filter(s -> s.figures().received() + s.figures().resolved() + s.figures().withdrawn() > 0)
                .sorted(Comparator.comparingLong((Slice s) -> -s.figures().received())).toList();
    }

    /** By channel and service level (records only; flows of whole months). */
    public List<Slice> byChannelAndLevel(ReadableUnit readable, Period period) {
        UnitRef unit = readable.unit();
        List<Slice> list = jdbc.query("select channel, service_level, " + SPLIT_SUMS + " from dossier_rollup where scope_id = :id"
                        + " and month between :s and :e group by channel, service_level",
                splitParams(unit, period), (rs, i) -> new Slice(rs.getString("channel"), rs.getString("service_level"), flows(rs)));
        return list.stream().filter(s -> s.figures().received() + s.figures().resolved() + s.figures().withdrawn() > 0)
                .sorted(Comparator.comparing(Slice::key).thenComparing(s -> s.key2() == null ? "" : s.key2())).toList();
    }

    /** The children (districts, departments' desks, communes) with their subtrees' figures, worst late rate first. */
    public List<ChildRow> children(ReadableUnit readable, Period period) {
        List<UnitRef> children = units.children(readable.id(), period);
        Map<Long, Figures> figures = figuresOf(children, period);
        return children.stream().map(c -> new ChildRow(c, figures.getOrDefault(c.id(), Figures.EMPTY)))
                .sorted(WORST_LATE_FIRST).toList();
    }

    /** Worst late rate first; units without resolved dossiers last; then by name. */
    public static final Comparator<ChildRow> WORST_LATE_FIRST = Comparator
            .comparing((ChildRow r) -> r.figures().latePct() == null ? 1 : 0)
            .thenComparing(r -> r.figures().latePct() == null ? 0.0 : -r.figures().latePct())
            .thenComparing(r -> r.unit().name());

    /**
     * Combined figures of several units' subtrees (records + reported totals), each checked against the scope; like
     * {@link #summary}, a unit's predecessors across the reorganisation and the stocks it inherited count as its own.
     */
    public Map<Long, Figures> figuresOf(List<UnitRef> list, Period period) {
        list.forEach(units::requireReadable);
        if (list.isEmpty()) {
            return new HashMap<>();
        }
        LocalDate asOf = asOf(period);
        // each unit with its predecessors and inherited stocks, as on its own page; one read per as-of day (today, and
        // the last day of abolished units) for all of them
        Map<Long, List<Long>> predecessorsOf = new HashMap<>();
        Map<Long, StockShares> sharesOf = new HashMap<>();
        Map<LocalDate, java.util.Set<Long>> idsByDay = new LinkedHashMap<>();
        lineage.readingAhead(list, () -> {
            for (UnitRef u : list) {
                LocalDate day = ended(u, asOf);
                List<Long> before = predecessors(u);
                StockShares shares = lineage.stockShares(u, day);
                predecessorsOf.put(u.id(), before);
                sharesOf.put(u.id(), shares);
                java.util.Set<Long> ids = idsByDay.computeIfAbsent(day, d -> new java.util.LinkedHashSet<>());
                ids.add(u.id());
                ids.addAll(before);
                ids.addAll(shares.stocksOnly());
            }
        });
        Map<LocalDate, Map<Long, Figures>> recordsByDay = new HashMap<>();
        idsByDay.forEach((day, ids) -> recordsByDay.put(day, recordsOf(List.copyOf(ids), period.start(), day, !day.equals(asOf))));
        Map<Long, Figures> result = new HashMap<>();
        for (UnitRef u : list) {
            Map<Long, Figures> records = recordsByDay.get(ended(u, asOf));
            boolean any = records.containsKey(u.id()) || predecessorsOf.get(u.id()).stream().anyMatch(records::containsKey)
                    || sharesOf.get(u.id()).stocksOnly().stream().anyMatch(records::containsKey);
            if (any) {
                result.put(u.id(), withPredecessors(records, u.id(), predecessorsOf.get(u.id()), sharesOf.get(u.id())));
            }
        }
        reported.selectAll(list, period.start(), asOf.isBefore(period.end()) ? asOf : period.end(), false).forEach((id, sel) -> {
            if (sel.total().reportedUnits() > 0) {
                result.merge(id, sel.total(), Figures::plus);
            }
        });
        return result;
    }

    /** The same figures straight from the records (the oracle of the tests and the benchmark's baseline). */
    public Figures rawFigures(ReadableUnit readable, Period period) {
        UnitRef unit = readable.unit();
        LocalDate asOf = asOf(period);
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("s", java.sql.Timestamp.valueOf(period.start().atStartOfDay()))
                .addValue("a", Date.valueOf(asOf))
                .addValue("c", Date.valueOf(period.start().minusDays(1)))
                .addValue("prefix", unit.path() + "%");
        return jdbc.query(DossierKpi.RAW_FIGURES_SQL, p, (rs, i) -> figures(rs)).getFirst();
    }

    static Figures figures(ResultSet rs) throws SQLException {
        return Figures.ofRecords(rs.getLong("received"), rs.getLong("received_online"), rs.getLong("early"), rs.getLong("on_time"),
                rs.getLong("late"), rs.getLong("late_apology"), rs.getLong("withdrawn"), rs.getLong("pending"), rs.getLong("overdue"),
                rs.getLong("carried_in"), rs.getLong("due"), rs.getLong("due_early"), rs.getLong("due_on_time"),
                rs.getLong("overdue_apology"), rs.getLong("waiting"));
    }

    private static Figures flows(ResultSet rs) throws SQLException {
        return Figures.ofRecords(rs.getLong("received"), rs.getLong("received_online"), rs.getLong("early"), rs.getLong("on_time"),
                rs.getLong("late"), rs.getLong("late_apology"), rs.getLong("withdrawn"), 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static boolean isMonth(Period p) {
        return p.type() == PeriodType.MONTH;
    }
}
