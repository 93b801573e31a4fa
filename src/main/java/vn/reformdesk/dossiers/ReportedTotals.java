package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.units.UnitRef;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which reported totals count for a unit's subtree and a period. The rule (no double counting):
 * <ol>
 *   <li>a unit's totals reported for exactly the period are used; if there are none, its monthly totals
 *       inside the period are summed (other spans that do not match are not cut up or guessed);</li>
 *   <li>a unit that has dossier records received in the period is counted from its records only; its
 *       reported totals for the period are set aside (listed as superseded);</li>
 *   <li>a unit's reported totals cover that unit's own desk only, never its children.</li>
 * </ol>
 */
@Component
class ReportedTotals {

    /** A reported total that went into (or was set aside from) a figure. */
    record Used(long unitId, String unitCode, String unitName, String periodCode, Figures figures) {
    }

    record Selected(Figures total, List<Used> used, List<Used> superseded) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ReportedTotals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Selected select(UnitRef scope, Period period) {
        return selectAll(List.of(scope), period).get(scope.id());
    }

    /** For each of the units (their subtrees), in one query. Scope checks are the caller's. */
    Map<Long, Selected> selectAll(List<UnitRef> scopes, Period period) {
        record Row(long unitId, String code, String name, String path, String periodCode, boolean hasRecords, Figures f) {
        }
        List<Row> rows = new ArrayList<>();
        if (!scopes.isEmpty()) {
            MapSqlParameterSource p = new MapSqlParameterSource()
                    .addValue("prefixes", String.join(",", scopes.stream().map(u -> u.path() + "%").toList()))
                    .addValue("code", period.code())
                    .addValue("ps", Date.valueOf(period.start()))
                    .addValue("pe", Date.valueOf(period.end()));
            jdbc.query("select r.*, u.code, u.name, u.path, exists (select 1 from dossier_unit_month m where m.unit_id = r.unit_id"
                            + " and m.month between :ps and :pe and m.records > 0) has_records"
                            + " from dossier_reported_total r join unit u on u.id = r.unit_id"
                            + " where u.path like any (string_to_array(:prefixes, ','))"
                            + " and (r.period_code = :code or (r.period_code like '____-M__' and r.period_start >= :ps and r.period_end <= :pe))"
                            + " order by r.period_start",
                    p, rs -> {
                        rows.add(new Row(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"), rs.getString("path"),
                                rs.getString("period_code"), rs.getBoolean("has_records"),
                                DossierKpi.fromReported(rs.getLong("received"), nullable(rs, "received_online"), rs.getLong("early"),
                                        rs.getLong("on_time"), nullable(rs, "late"), nullable(rs, "withdrawn"), rs.getLong("pending"),
                                        nullable(rs, "overdue"))));
                    });
        }
        Map<Long, Selected> result = new LinkedHashMap<>();
        for (UnitRef scope : scopes) {
            Map<Long, List<Row>> byUnit = new LinkedHashMap<>();
            rows.stream().filter(r -> r.path().startsWith(scope.path())).forEach(r -> byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r));
            Figures total = Figures.EMPTY;
            List<Used> used = new ArrayList<>();
            List<Used> superseded = new ArrayList<>();
            for (List<Row> unitRows : byUnit.values()) {
                List<Row> exact = unitRows.stream().filter(r -> r.periodCode().equals(period.code())).toList();
                List<Row> chosen = exact.isEmpty() ? unitRows : exact;
                for (Row r : chosen) {
                    Used u = new Used(r.unitId(), r.code(), r.name(), r.periodCode(), r.f());
                    if (r.hasRecords()) {
                        superseded.add(u);
                    } else {
                        used.add(u);
                        total = total.plus(r.f());
                    }
                }
            }
            result.put(scope.id(), new Selected(total, used, superseded));
        }
        return result;
    }

    private static @Nullable Long nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
