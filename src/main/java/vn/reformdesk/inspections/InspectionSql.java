package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.RoleRules;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of inspections and recommendations that the query and command services share: what "planned", "done" and
 * "in the period" mean for an inspection, the columns of a row and how a row becomes a record. Definitions of the
 * recommendation figures are in {@link RecommendationRules}.
 */
final class InspectionSql {

    /** Counted in the plan: everything but cancelled inspections (postponed ones are planned, not done). */
    static final String PLANNED = "(i.status <> 'CANCELLED')";
    /** Inspected. */
    static final String DONE = "(i.status = 'DONE')";
    /**
     * The unit itself, not the units below it: the drill-down's own row (target {@code tu}, responsible {@code ru},
     * the row's unit {@code c}) and the lists it opens ({@code :itself} = the unit's id).
     */
    static final String TARGET_ITSELF = "(tu.id = :itself)";
    static final String RESPONSIBLE_ITSELF = "(ru.id = :itself)";
    /** The inspection's planned month falls in the period. */
    static final String IN_PERIOD = "(make_date(i.plan_year, i.planned_month, 1) between :start and :end)";
    static final String UNIT_COLS = "%1$s.id as %1$s_id, %1$s.code as %1$s_code, %1$s.name as %1$s_name, "
            + "%1$s.name_en as %1$s_name_en, %1$s.tier as %1$s_tier, %1$s.kind as %1$s_kind, %1$s.parent_id as %1$s_parent_id, "
            + "%1$s.path as %1$s_path, %1$s.depth as %1$s_depth, %1$s.valid_from as %1$s_valid_from, %1$s.valid_to as %1$s_valid_to";
    static final String INSPECTION_SELECT = "select i.*, " + UNIT_COLS.formatted("tu")
            + ", (select count(*) from inspection_recommendation r where r.inspection_id = i.id) as rec_count"
            + ", (select count(*) from inspection_recommendation r where r.inspection_id = i.id and r.status = 'OPEN') as rec_open"
            + " from inspection i join unit tu on tu.id = i.target_unit_id ";
    static final String RECOMMENDATION_SELECT = "select r.*, i.actual_date as issued_on, i.topic_code, "
            + UNIT_COLS.formatted("ru") + ", " + UNIT_COLS.formatted("tu")
            + " from inspection_recommendation r join inspection i on i.id = r.inspection_id"
            + " join unit ru on ru.id = r.responsible_unit_id join unit tu on tu.id = i.target_unit_id ";

    private InspectionSql() {
    }

    /** The filter's WHERE clause, to which a caller appends ordering and paging, or counts. */
    static FilteredQuery filtered(JdbcClient jdbc, InspectionFilter filter, UnitRef unit) {
        StringBuilder where = new StringBuilder(" where tu.path like :prefix || '%' and ").append(IN_PERIOD);
        Map<String, Object> params = new HashMap<>(Map.of("prefix", unit.path(), "start", filter.period().start(), "end", filter.period().end()));
        addTypeAndStatus(filter, where, params);
        return new FilteredQuery(jdbc, where, params);
    }

    static void addTypeAndStatus(InspectionFilter filter, StringBuilder sql, Map<String, Object> params) {
        if (filter.counted()) {
            sql.append(" and ").append(PLANNED);
        }
        if (filter.itself()) {
            sql.append(" and ").append(TARGET_ITSELF);
            params.put("itself", filter.unitId());
        }
        if (filter.type() != null) {
            sql.append(" and i.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.status() != null) {
            sql.append(" and i.status = :status");
            params.put("status", filter.status().name());
        }
    }

    static void add(long[] counts, long planned, long done) {
        counts[0] += planned;
        counts[1] += done;
    }

    static List<ProgressReport.Line> lines(Map<String, long[]> map) {
        return map.entrySet().stream().map(e -> new ProgressReport.Line(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    static Inspection inspection(ResultSet rs, int row) throws SQLException {
        return new Inspection(rs.getLong("id"), rs.getLong("version"), rs.getLong("plan_unit_id"), rs.getInt("plan_year"),
                unit(rs, "tu"), rs.getInt("planned_month"), date(rs, "planned_date"), InspectionType.valueOf(rs.getString("type")),
                rs.getString("topic_code"), rs.getString("team_lead"), rs.getString("members"),
                InspectionStatus.valueOf(rs.getString("status")), date(rs, "actual_date"), rs.getString("postpone_reason"),
                rs.getString("findings"), rs.getInt("rec_count"), rs.getInt("rec_open"));
    }

    static Recommendation recommendation(ResultSet rs, CurrentUser user) throws SQLException {
        UnitRef responsible = unit(rs, "ru");
        RecommendationStatus status = RecommendationStatus.valueOf(rs.getString("status"));
        boolean may = status == RecommendationStatus.OPEN && mayResolve(user, responsible);
        return new Recommendation(rs.getLong("id"), rs.getLong("version"), rs.getLong("inspection_id"), rs.getString("text"),
                responsible, date(rs, "deadline"), status, date(rs, "resolved_on"), rs.getString("evidence"),
                date(rs, "issued_on"), unit(rs, "tu"), rs.getString("topic_code"), may, rs.getString("status_by"));
    }

    /** The secretariat (and ADMIN), or the leader of the responsible unit itself — not of a unit above it. */
    static boolean mayResolve(CurrentUser user, UnitRef responsible) {
        return RoleRules.keepsRecords(user)
                || (user.hasRole(Roles.UNIT_LEADER) && Long.valueOf(responsible.id()).equals(user.scopeUnitId()));
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static UnitRef unit(ResultSet rs, String p) throws SQLException {
        return new UnitRef(rs.getLong(p + "_id"), rs.getString(p + "_code"), rs.getString(p + "_name"), rs.getString(p + "_name_en"),
                UnitTier.valueOf(rs.getString(p + "_tier")), rs.getString(p + "_kind"), rs.getObject(p + "_parent_id", Long.class),
                rs.getString(p + "_path"), rs.getInt(p + "_depth"), date(rs, p + "_valid_from"), date(rs, p + "_valid_to"));
    }

    /** A query of inspections under a filter: its WHERE clause, to which a caller appends ordering and paging, or counts. */
    static final class FilteredQuery {
        private final JdbcClient jdbc;
        private final StringBuilder tail;
        private final Map<String, Object> params;

        FilteredQuery(JdbcClient jdbc, StringBuilder where, Map<String, Object> params) {
            this.jdbc = jdbc;
            this.tail = where;
            this.params = params;
        }

        FilteredQuery append(Object text) {
            tail.append(text);
            return this;
        }

        JdbcClient.StatementSpec query() {
            return jdbc.sql(INSPECTION_SELECT + tail).params(params);
        }

        int count() {
            return jdbc.sql("select count(*) from inspection i join unit tu on tu.id = i.target_unit_id " + tail).params(params)
                    .query(Integer.class).single();
        }
    }
}
