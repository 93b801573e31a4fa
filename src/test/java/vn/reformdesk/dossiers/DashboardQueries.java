package vn.reformdesk.dossiers;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the dossier benchmarks time for one scope and period: the five queries the dashboard issues, by name, and
 * the same figures from a raw GROUP BY over the records ({@link RawGroupBy}), under the same names.
 */
record DashboardQueries(Map<String, Supplier<Object>> dashboard, Map<String, Supplier<Object>> raw) {

    static DashboardQueries of(DossierKpiService kpis, UnitService units, NamedParameterJdbcTemplate named, UnitRef scope, Period period) {
        Map<String, Supplier<Object>> dashboard = new LinkedHashMap<>();
        dashboard.put("tiles (+prev. period)", () -> kpis.summary(units.readable(scope), period));
        dashboard.put("monthly trend", () -> kpis.trend(units.readable(scope), period));
        dashboard.put("by field", () -> kpis.byField(units.readable(scope), period));
        dashboard.put("by channel x level", () -> kpis.byChannelAndLevel(units.readable(scope), period));
        dashboard.put("children table", () -> kpis.children(units.readable(scope), period));
        Map<String, Supplier<Object>> raw = new LinkedHashMap<>();
        raw.put("tiles (+prev. period)", () -> {
            kpis.rawFigures(units.readable(scope), period);
            return kpis.rawFigures(units.readable(scope), period.previous());
        });
        raw.put("monthly trend", () -> RawGroupBy.of(named, scope, period, "to_char(coalesce(resolved_at, received_at), 'YYYY-MM')"));
        raw.put("by field", () -> RawGroupBy.of(named, scope, period, "field"));
        raw.put("by channel x level", () -> RawGroupBy.of(named, scope, period, "channel || service_level"));
        raw.put("children table", () -> RawGroupBy.of(named, scope, period,
                "split_part(substr(u.path, " + (scope.path().length() + 1) + "), '/', 1)"));
        return new DashboardQueries(dashboard, raw);
    }
}
