package vn.reformdesk.dossiers;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitRef;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/** The dossier benchmarks' yardstick for the dashboard's queries: the same figures grouped from the raw records. */
final class RawGroupBy {

    private RawGroupBy() {
    }

    /** The raw KPI for one grouping: a GROUP BY over the subtree's records, counting as DossierKpi defines. */
    static List<Map<String, Object>> of(NamedParameterJdbcTemplate named, UnitRef scope, Period period, String key) {
        String sql = "select " + key + " k, count(*) filter (where received_at >= :s and received_at < :e1) received,"
                + " count(*) filter (where received_at >= :s and received_at < :e1 and channel = 'ONLINE') online,"
                + " count(*) filter (where resolved_at >= :s and resolved_at < :e1 and " + DossierKpi.STATUS_SQL + " = 'EARLY') early,"
                + " count(*) filter (where resolved_at >= :s and resolved_at < :e1 and " + DossierKpi.STATUS_SQL + " = 'ON_TIME') on_time,"
                + " count(*) filter (where resolved_at >= :s and resolved_at < :e1 and " + DossierKpi.STATUS_SQL + " = 'LATE') late,"
                + " count(*) filter (where received_at < :e1 and (resolved_at is null or resolved_at >= :e1)) pending"
                + " from dossier d join unit u on u.id = d.unit_id where u.path like :prefix group by 1";
        return named.queryForList(sql, new MapSqlParameterSource()
                .addValue("s", Timestamp.valueOf(period.start().atStartOfDay()))
                .addValue("e1", Timestamp.valueOf(period.endExclusive().atStartOfDay()))
                .addValue("prefix", scope.path() + "%"));
    }

}
