package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.PeriodType;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitLineageService;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dossier KPIs of a unit (its whole subtree) for a period, read from the rollups, with the reported
 * totals of units that send no records added (records win: a unit with records received in the period
 * has its reported totals for that period ignored, so nothing is counted twice). Every read checks the
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

    /** The unit's figures, the previous period's, and the reported totals that went in or were set aside. */
    public record Summary(Figures current, Figures previous, List<Reported> reportedUsed, List<Reported> reportedSuperseded) {
    }

    /** A unit's reported totals that went into a figure or were set aside because the unit has records. */
    public record Reported(String unitCode, String unitName, String periodCode, Figures figures) {
    }

    static final String MEASURES = measures("", "");

    /** The figures' columns over rollup rows; {@code param} prefixes the period parameters, {@code alias} the column names. */
    static String measures(String param, String alias) {
        String in = "(where month between :" + param + "s and :" + param + "e), 0) " + alias;
        String at = "(where month = :" + param + "pm), 0) " + alias;
        return "coalesce(sum(received) filter " + in + "received,"
                + " coalesce(sum(received_online) filter " + in + "received_online,"
                + " coalesce(sum(early) filter " + in + "early,"
                + " coalesce(sum(on_time) filter " + in + "on_time,"
                + " coalesce(sum(late) filter " + in + "late,"
                + " coalesce(sum(late_apology) filter " + in + "late_apology,"
                + " coalesce(sum(withdrawn) filter " + in + "withdrawn,"
                + " coalesce(sum(pending) filter " + at + "pending,"
                + " coalesce(sum(overdue) filter " + at + "overdue,"
                + " coalesce(sum(pending) filter (where month = :" + param + "cm), 0) " + alias + "carried_in";
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitService units;
    private final ReportedTotals reported;
    private final UnitLineageService lineage;

    DossierKpiService(NamedParameterJdbcTemplate jdbc, UnitService units, ReportedTotals reported, UnitLineageService lineage) {
        this.jdbc = jdbc;
        this.units = units;
        this.reported = reported;
        this.lineage = lineage;
    }

    /** A unit's own rollups plus, across the 2025 reorganisation, its predecessors' (see {@link UnitLineageService#figureScope}). */
    private List<Long> scopeIds(UnitRef unit) {
        return lineage.figureScope(unit).ids();
    }

    /** The month whose end is "now" for pending dossiers: the current month. */
    static YearMonth horizon() {
        return YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** The parameters of a period: first and last month, the month pending is read at, the month before. */
    static MapSqlParameterSource params(Period period) {
        YearMonth last = YearMonth.from(period.end());
        YearMonth pendingMonth = last.isAfter(horizon()) ? horizon() : last;
        return new MapSqlParameterSource()
                .addValue("s", Date.valueOf(period.start().withDayOfMonth(1)))
                .addValue("e", Date.valueOf(last.atDay(1)))
                .addValue("pm", Date.valueOf(pendingMonth.atDay(1)))
                .addValue("cm", Date.valueOf(YearMonth.from(period.start()).minusMonths(1).atDay(1)));
    }

    /** The figures from records only (no reported totals): the tiles' record part and the rollup tests. */
    public Figures recordFigures(UnitRef unit, Period period) {
        units.requireReadable(unit);
        return jdbc.query("select " + MEASURES + " from dossier_rollup_month where scope_id in (:id) and month between :cm and :e",
                params(period).addValue("id", scopeIds(unit)), (rs, i) -> figures(rs)).getFirst();
    }

    /** Records and reported totals combined, with the previous period for the change arrows. */
    public Summary summary(UnitRef unit, Period period) {
        units.requireReadable(unit);
        ReportedTotals.Selected now = reported.select(unit, period);
        ReportedTotals.Selected before = reported.select(unit, period.previous());
        // one read of the rollups for both periods
        MapSqlParameterSource p = params(period).addValue("id", scopeIds(unit));
        MapSqlParameterSource q = params(period.previous());
        for (String name : q.getParameterNames()) {
            p.addValue("p" + name, q.getValue(name));
        }
        List<Figures> both = jdbc.query("select " + MEASURES + ", " + measures("p", "p_") + " from dossier_rollup_month where scope_id in (:id)"
                        + " and (month between :cm and :e or month between :pcm and :pe)", p,
                (rs, i) -> List.of(figures(rs, ""), figures(rs, "p_"))).getFirst();
        return new Summary(both.get(0).plus(now.total()), both.get(1).plus(before.total()),
                now.used().stream().map(DossierKpiService::reported).toList(),
                now.superseded().stream().map(DossierKpiService::reported).toList());
    }

    private static Reported reported(ReportedTotals.Used u) {
        return new Reported(u.unitCode(), u.unitName(), u.periodCode(), u.figures());
    }

    /** Month by month (records; reported totals have no monthly split unless reported per month). */
    public List<Slice> trend(UnitRef unit, Period period) {
        units.requireReadable(unit);
        Map<String, Figures> byMonth = new LinkedHashMap<>();
        for (YearMonth m : period.months()) {
            byMonth.put(m.toString(), Figures.EMPTY);
        }
        YearMonth h = horizon();
        jdbc.query("select month, sum(received) received, sum(received_online) received_online, sum(early) early,"
                        + " sum(on_time) on_time, sum(late) late, sum(late_apology) late_apology, sum(withdrawn) withdrawn,"
                        + " sum(pending) pending, sum(overdue) overdue, 0 carried_in"
                        + " from dossier_rollup_month where scope_id in (:id) and month between :s and :e group by month order by month",
                params(period).addValue("id", scopeIds(unit)), rs -> {
                    YearMonth m = YearMonth.from(rs.getDate("month").toLocalDate());
                    if (!m.isAfter(h)) {
                        byMonth.put(m.toString(), figures(rs));
                    }
                });
        List<Slice> list = new ArrayList<>();
        byMonth.forEach((k, v) -> list.add(new Slice(k, null, v)));
        return list;
    }

    /** By field (records only), most received first. */
    public List<Slice> byField(UnitRef unit, Period period) {
        units.requireReadable(unit);
        List<Slice> list = jdbc.query("select field, " + MEASURES + " from dossier_rollup where scope_id = :id"
                        + " and month between :cm and :e group by field",
                params(period).addValue("id", unit.id()), (rs, i) -> new Slice(rs.getString("field"), null, figures(rs)));
        return list.stream().filter(s -> s.figures().received() + s.figures().resolved() + s.figures().pending() > 0)
                .sorted(Comparator.comparingLong((Slice s) -> -s.figures().received())).toList();
    }

    /** By channel and service level (records only). */
    public List<Slice> byChannelAndLevel(UnitRef unit, Period period) {
        units.requireReadable(unit);
        List<Slice> list = jdbc.query("select channel, service_level, " + MEASURES + " from dossier_rollup where scope_id = :id"
                        + " and month between :cm and :e group by channel, service_level",
                params(period).addValue("id", unit.id()),
                (rs, i) -> new Slice(rs.getString("channel"), rs.getString("service_level"), figures(rs)));
        return list.stream().filter(s -> s.figures().received() + s.figures().resolved() + s.figures().pending() > 0)
                .sorted(Comparator.comparing(Slice::key).thenComparing(s -> s.key2() == null ? "" : s.key2())).toList();
    }

    /** The children (districts, departments' desks, communes) with their subtrees' figures, worst late rate first. */
    public List<ChildRow> children(UnitRef unit, Period period) {
        List<UnitRef> children = units.children(unit.id(), period);
        Map<Long, Figures> figures = figuresOf(children, period);
        return children.stream().map(c -> new ChildRow(c, figures.getOrDefault(c.id(), Figures.EMPTY)))
                .sorted(WORST_LATE_FIRST).toList();
    }

    /** Worst late rate first; units without resolved dossiers last; then by name. */
    public static final Comparator<ChildRow> WORST_LATE_FIRST = Comparator
            .comparing((ChildRow r) -> r.figures().latePct() == null ? 1 : 0)
            .thenComparing(r -> r.figures().latePct() == null ? 0.0 : -r.figures().latePct())
            .thenComparing(r -> r.unit().name());

    /** Combined figures of several units' subtrees (records + reported totals), each checked against the scope. */
    public Map<Long, Figures> figuresOf(List<UnitRef> list, Period period) {
        list.forEach(units::requireReadable);
        Map<Long, Figures> result = new HashMap<>();
        if (list.isEmpty()) {
            return result;
        }
        jdbc.query("select scope_id, " + MEASURES + " from dossier_rollup_month where scope_id in (:ids)"
                        + " and month between :cm and :e group by scope_id",
                params(period).addValue("ids", list.stream().map(UnitRef::id).toList()),
                rs -> {
                    result.put(rs.getLong("scope_id"), figures(rs));
                });
        reported.selectAll(list, period).forEach((id, sel) -> {
            if (sel.total().reportedUnits() > 0) {
                result.merge(id, sel.total(), Figures::plus);
            }
        });
        return result;
    }

    /** The same figures straight from the records (the oracle of the tests and the benchmark's baseline). */
    public Figures rawFigures(UnitRef unit, Period period) {
        units.requireReadable(unit);
        YearMonth last = YearMonth.from(period.end());
        LocalDate pendingDay = (last.isAfter(horizon()) ? horizon() : last).atEndOfMonth();
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("s", java.sql.Timestamp.valueOf(period.start().atStartOfDay()))
                .addValue("e1", java.sql.Timestamp.valueOf(period.endExclusive().atStartOfDay()))
                .addValue("pe", Date.valueOf(pendingDay))
                .addValue("pe1", java.sql.Timestamp.valueOf(pendingDay.plusDays(1).atStartOfDay()))
                .addValue("prefix", unit.path() + "%");
        return jdbc.query(DossierKpi.RAW_FIGURES_SQL, p, (rs, i) -> figures(rs)).getFirst();
    }

    static Figures figures(ResultSet rs) throws SQLException {
        return figures(rs, "");
    }

    static Figures figures(ResultSet rs, String prefix) throws SQLException {
        return new Figures(rs.getLong(prefix + "received"), rs.getLong(prefix + "received_online"), rs.getLong(prefix + "early"),
                rs.getLong(prefix + "on_time"), rs.getLong(prefix + "late"), rs.getLong(prefix + "late_apology"),
                rs.getLong(prefix + "withdrawn"), rs.getLong(prefix + "pending"), rs.getLong(prefix + "overdue"),
                rs.getLong(prefix + "carried_in"), 0, 0);
    }

    static boolean isMonth(Period p) {
        return p.type() == PeriodType.MONTH;
    }
}
