package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.units.UnitRef;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which reported totals count for a unit's subtree and a span of days, and how several reports of one unit
 * add up. The rule (no double counting, the statistics form's meaning):
 * <ol>
 *   <li>a unit's reports whose whole span lies inside the span are candidates; the longest are taken first
 *       and a report overlapping one already taken is left out (a year report wins over its quarters, a
 *       quarter over its months; a unit reporting per quarter appears in half-year, 9-month and year views);</li>
 *   <li>across the taken reports <b>flows add up</b> (received, online, early, on time, late, withdrawn, due)
 *       and <b>stocks come from the last one</b> (pending and overdue at its end); carried over comes from the
 *       first; a field any taken report left empty is unknown for that unit, not zero;</li>
 *   <li>a unit that has dossier records received in the span is counted from its records only; its reported
 *       totals are set aside (listed as superseded);</li>
 *   <li>a unit's reported totals cover that unit's own desk only, never its children.</li>
 * </ol>
 */
@Component
class ReportedTotals {

    /** A reported total that went into (or was set aside from) a figure. */
    record Used(long unitId, String unitCode, String unitName, String periodCode, Figures figures) {
    }

    record Selected(Figures total, List<Used> used, List<Used> superseded) {
        static final Selected NONE = new Selected(Figures.EMPTY, List.of(), List.of());
    }

    /** One stored report. */
    private record Row(long unitId, String code, String name, String path, String periodCode, LocalDate start, LocalDate end,
                       boolean hasRecords, long received, @Nullable Long online, long early, long onTime, @Nullable Long late,
                       @Nullable Long withdrawn, @Nullable Long pending, @Nullable Long overdue, @Nullable Long carriedOver, @Nullable Long due) {
        Figures figures() {
            return DossierKpi.fromReported(received, online, early, onTime, late, withdrawn, pending, overdue, carriedOver, due);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    ReportedTotals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Selected select(UnitRef scope, LocalDate first, LocalDate last) {
        return selectAll(List.of(scope), first, last, false).get(scope.id());
    }

    /** The unit's own desk only. */
    Selected selectOwn(UnitRef unit, LocalDate first, LocalDate last) {
        return selectAll(List.of(unit), first, last, true).get(unit.id());
    }

    /** For each of the units (their subtrees, or their own desks), in one query. Scope checks are the caller's. */
    Map<Long, Selected> selectAll(List<UnitRef> scopes, LocalDate first, LocalDate last, boolean ownOnly) {
        List<Row> rows = new ArrayList<>();
        if (!scopes.isEmpty()) {
            MapSqlParameterSource p = new MapSqlParameterSource()
                    .addValue("prefixes", String.join(",", scopes.stream().map(u -> u.path() + "%").toList()))
                    .addValue("ps", Date.valueOf(first))
                    .addValue("pe", Date.valueOf(last));
            jdbc.query("select r.*, u.code, u.name, u.path, exists (select 1 from dossier_unit_month m where m.unit_id = r.unit_id"
                            + " and m.month between date_trunc('month', cast(:ps as date)) and :pe and m.records > 0) has_records"
                            + " from dossier_reported_total r join unit u on u.id = r.unit_id"
                            + " where u.path like any (string_to_array(:prefixes, ','))"
                            + " and r.period_start >= :ps and r.period_end <= :pe order by r.period_start",
                    p, rs -> {
                        rows.add(new Row(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"), rs.getString("path"),
                                rs.getString("period_code"), rs.getObject("period_start", LocalDate.class),
                                rs.getObject("period_end", LocalDate.class), rs.getBoolean("has_records"), rs.getLong("received"),
                                nullable(rs, "received_online"), rs.getLong("early"), rs.getLong("on_time"), nullable(rs, "late"),
                                nullable(rs, "withdrawn"), nullable(rs, "pending"), nullable(rs, "overdue"), nullable(rs, "carried_over"),
                                nullable(rs, "due")));
                    });
        }
        Map<Long, Selected> result = new LinkedHashMap<>();
        for (UnitRef scope : scopes) {
            Map<Long, List<Row>> byUnit = new LinkedHashMap<>();
            rows.stream().filter(r -> ownOnly ? r.unitId() == scope.id() : r.path().startsWith(scope.path()))
                    .forEach(r -> byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r));
            Figures total = Figures.EMPTY;
            List<Used> used = new ArrayList<>();
            List<Used> superseded = new ArrayList<>();
            for (List<Row> unitRows : byUnit.values()) {
                List<Row> taken = take(unitRows);
                Figures f = combine(taken);
                Row latest = taken.getLast();
                String codes = String.join(", ", taken.stream().map(Row::periodCode).toList());
                Used u = new Used(latest.unitId(), latest.code(), latest.name(), codes, f);
                if (taken.stream().anyMatch(Row::hasRecords)) {
                    superseded.add(u);
                } else {
                    used.add(u);
                    total = total.plus(f);
                }
            }
            result.put(scope.id(), new Selected(total, used, superseded));
        }
        return result;
    }

    /** The longest reports first, none overlapping another taken; returned in time order. */
    private static List<Row> take(List<Row> rows) {
        List<Row> byLength = new ArrayList<>(rows);
        byLength.sort(Comparator.comparingLong((Row r) -> r.start().toEpochDay() - r.end().toEpochDay()).thenComparing(Row::start));
        List<Row> taken = new ArrayList<>();
        for (Row r : byLength) {
            if (taken.stream().noneMatch(t -> !r.start().isAfter(t.end()) && !t.start().isAfter(r.end()))) {
                taken.add(r);
            }
        }
        taken.sort(Comparator.comparing(Row::start));
        return taken;
    }

    /** One unit's taken reports as one set of figures: flows added, stocks from the last, carried over from the first. */
    private static Figures combine(List<Row> taken) {
        if (taken.size() == 1) {
            return taken.getFirst().figures();
        }
        long received = 0, early = 0, onTime = 0;
        Long online = 0L, late = 0L, withdrawn = 0L, due = 0L;
        for (Row r : taken) {
            received += r.received();
            early += r.early();
            onTime += r.onTime();
            online = add(online, r.online());
            late = add(late, r.late());
            withdrawn = add(withdrawn, r.withdrawn());
            due = add(due, r.due());
        }
        Row last = taken.getLast();
        return DossierKpi.fromReported(received, online, early, onTime, late, withdrawn, last.pending(), last.overdue(),
                taken.getFirst().carriedOver(), due);
    }

    private static @Nullable Long add(@Nullable Long sum, @Nullable Long value) {
        return sum == null || value == null ? null : sum + value;
    }

    private static @Nullable Long nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
