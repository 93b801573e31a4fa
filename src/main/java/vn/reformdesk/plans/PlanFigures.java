package vn.reformdesk.plans;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where the progress of a plan is defined, as SQL over the tasks at a date {@code :asOf}:
 * <ul>
 *   <li>counted: every task except those cancelled on or before the date (the denominator);</li>
 *   <li>done: DONE with a completion date on or before the date;</li>
 *   <li>overdue: counted, not done, deadline before the date (postponed tasks stay overdue);</li>
 *   <li>due soon: counted, not done, deadline within the date and 30 days after it.</li>
 * </ul>
 * A task's status at the date is the status event in force then ({@link #STATUS_AS_OF}, table
 * {@code plan_task_event}): the latest event taking effect on or before the date, corrections superseding what
 * they correct. Reopening a task today therefore leaves the figures at 30 June as they were, whenever they are
 * asked, while today's figures change (docs/decisions/2026-11-30-status-as-events.md).
 */
@Component
class PlanFigures {

    /** The status of task {@code t} in force at {@code :asOf}; NOT_STARTED before its first event. */
    static final String STATUS_AS_OF = "coalesce((select e.status from plan_task_event e where e.task_id = t.id"
            + " and not e.superseded and e.effective_on <= :asOf order by e.effective_on desc, e.id desc limit 1), 'NOT_STARTED')";
    /** The day the status in force at {@code :asOf} took effect (the completion date of a task done by then). */
    static final String STATUS_SINCE = "(select e.effective_on from plan_task_event e where e.task_id = t.id"
            + " and not e.superseded and e.effective_on <= :asOf order by e.effective_on desc, e.id desc limit 1)";
    static final String COUNTED = "(" + STATUS_AS_OF + " <> 'CANCELLED')";
    static final String DONE = "(" + STATUS_AS_OF + " = 'DONE')";
    static final String OVERDUE = "(" + COUNTED + " and not " + DONE + " and t.deadline < :asOf)";
    static final String DUE_SOON = "(" + COUNTED + " and not " + DONE
            + " and t.deadline >= :asOf and t.deadline <= cast(:asOf as date) + 30)";

    /** Overdue first, then open tasks by deadline, then done, then cancelled. */
    static final String TASK_ORDER = " order by case when " + OVERDUE + " then 0 when not " + COUNTED + " then 3 when "
            + DONE + " then 2 else 1 end, t.deadline, t.sort_key, t.id";

    /** A column of the status event in force at {@code :asOf} (who recorded the completion, its evidence). */
    static final String EVENT_AS_OF = "(select %s from plan_task_event e where e.task_id = t.id"
            + " and not e.superseded and e.effective_on <= :asOf order by e.effective_on desc, e.id desc limit 1)";

    private static final String TASK_COLUMNS = "t.id, t.plan_id, t.number, t.title, t.area_id, a.code as area_code, a.name as area_name,"
            + " a.name_en as area_name_en, t.lead_unit_id, u.code as lead_code, u.name as lead_name, u.name_en as lead_name_en,"
            + " t.deadline, t.expected_output, t.target_count, t.achieved_count, t.status, t.status_date, t.evidence, t.reason,"
            + " t.updated_at, t.updated_by, t.version, " + OVERDUE + " as overdue, " + DONE + " as done,"
            + " case when " + DONE + " then " + STATUS_SINCE + " end as done_on,"
            + " case when " + DONE + " then " + EVENT_AS_OF.formatted("e.evidence") + " end as done_evidence,"
            + " case when " + DONE + " then " + EVENT_AS_OF.formatted("e.recorded_by") + " end as done_by,"
            + " (select string_agg(su.code, ', ' order by su.code) from plan_task_support s join unit su on su.id = s.unit_id"
            + "  where s.task_id = t.id) as support_codes"
            + " from plan_task t join plan_area a on a.id = t.area_id join unit u on u.id = t.lead_unit_id";

    private final JdbcClient jdbc;

    PlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** done, counted, overdue and due-soon tasks of each plan at the date; plans without tasks give zeros. */
    Map<Long, Progress> progress(Collection<Long> planIds, LocalDate asOf) {
        Map<Long, Progress> result = new HashMap<>();
        if (planIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select p.id, count(*) filter (where " + DONE + ") as done, count(*) filter (where " + COUNTED + ") as total,"
                        + " count(*) filter (where " + OVERDUE + ") as overdue, count(*) filter (where " + DUE_SOON + ") as due_soon"
                        + " from reform_plan p left join plan_task t on t.plan_id = p.id where p.id in (:ids) group by p.id")
                .param("asOf", asOf).param("ids", planIds)
                .query((ResultSet rs) -> {
                    result.put(rs.getLong("id"), new Progress(rs.getLong("done"), rs.getLong("total"),
                            rs.getLong("overdue"), rs.getLong("due_soon"), asOf));
                });
        return result;
    }

    List<AreaProgress> byArea(long planId, LocalDate asOf) {
        return jdbc.sql("select a.id, a.code, a.name, a.name_en, count(*) filter (where " + DONE + ") as done,"
                        + " count(*) filter (where " + COUNTED + ") as total, count(*) filter (where " + OVERDUE + ") as overdue"
                        + " from plan_task t join plan_area a on a.id = t.area_id where t.plan_id = :plan"
                        + " group by a.id, a.code, a.name, a.name_en, a.sort_order order by a.sort_order, a.code")
                .param("asOf", asOf).param("plan", planId)
                .query((rs, n) -> new AreaProgress(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("name_en"), rs.getLong("done"), rs.getLong("total"), rs.getLong("overdue")))
                .list();
    }

    List<TaskRow> tasks(long planId, LocalDate asOf, int offset, int limit) {
        return jdbc.sql("select " + TASK_COLUMNS + " where t.plan_id = :plan" + TASK_ORDER + " offset :offset limit :limit")
                .param("asOf", asOf).param("plan", planId).param("offset", offset).param("limit", limit)
                .query((rs, n) -> task(rs)).list();
    }

    List<TaskRow> tasks(long planId, LocalDate asOf, TaskFilter filter, int offset, int limit) {
        return jdbc.sql("select " + TASK_COLUMNS + " where t.plan_id = :plan and " + filter.sql + TASK_ORDER
                        + " offset :offset limit :limit")
                .param("asOf", asOf).param("plan", planId).param("offset", offset).param("limit", limit)
                .query((rs, n) -> task(rs)).list();
    }

    int countTasks(long planId, LocalDate asOf, TaskFilter filter) {
        return jdbc.sql("select count(*) from plan_task t where t.plan_id = :plan and " + filter.sql)
                .param("plan", planId).param("asOf", asOf).query(Integer.class).single();
    }

    /** The tasks of the given plans the filter keeps as of the date (the records behind a drill-down total). */
    List<TaskRow> tasksOfPlans(java.util.Collection<Long> planIds, LocalDate asOf, TaskFilter filter, int offset, int limit) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + TASK_COLUMNS + " where t.plan_id in (:plans) and " + filter.sql + TASK_ORDER
                        + " offset :offset limit :limit")
                .param("asOf", asOf).param("plans", planIds).param("offset", offset).param("limit", limit)
                .query((rs, n) -> task(rs)).list();
    }

    int countTasksOfPlans(java.util.Collection<Long> planIds, LocalDate asOf, TaskFilter filter) {
        if (planIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from plan_task t where t.plan_id in (:plans) and " + filter.sql)
                .param("plans", planIds).param("asOf", asOf).query(Integer.class).single();
    }

    int countTasks(long planId) {
        return jdbc.sql("select count(*) from plan_task where plan_id = :plan").param("plan", planId).query(Integer.class).single();
    }

    List<TaskRow> dueSoon(long planId, LocalDate asOf, int limit) {
        return jdbc.sql("select " + TASK_COLUMNS + " where t.plan_id = :plan and " + DUE_SOON + " order by t.deadline, t.sort_key limit :limit")
                .param("asOf", asOf).param("plan", planId).param("limit", limit)
                .query((rs, n) -> task(rs)).list();
    }

    /**
     * Tasks the unit itself leads in plans of the year, whoever's plan they belong to (its own or one of a unit
     * above it), overdue first as in {@link #TASK_ORDER}; cancelled tasks are left out.
     */
    List<TaskRow> ledBy(long unitId, int year, LocalDate asOf) {
        return jdbc.sql("select " + TASK_COLUMNS + " join reform_plan p on p.id = t.plan_id"
                        + " where t.lead_unit_id = :unit and p.year = :year and " + COUNTED + TASK_ORDER)
                .param("asOf", asOf).param("unit", unitId).param("year", year)
                .query((rs, n) -> task(rs)).list();
    }

    TaskRow task(long taskId, LocalDate asOf) {
        return jdbc.sql("select " + TASK_COLUMNS + " where t.id = :id").param("asOf", asOf).param("id", taskId)
                .query((rs, n) -> task(rs)).optional()
                .orElseThrow(() -> new java.util.NoSuchElementException("no task " + taskId));
    }

    /** The day the latest status event in force took effect; null before the first one. */
    @org.jspecify.annotations.Nullable LocalDate latestEventDate(long taskId) {
        return jdbc.sql("select effective_on from plan_task_event where task_id = :id and not superseded"
                        + " order by effective_on desc limit 1").param("id", taskId)
                .query((rs, n) -> rs.getDate(1).toLocalDate()).optional().orElse(null);
    }

    List<StatusEvent> statusEvents(long taskId) {
        return jdbc.sql("select e.status, e.effective_on, e.evidence, e.reason, e.recorded_at, e.recorded_by, u.display_name, e.superseded"
                        + " from plan_task_event e left join app_user u on u.username = e.recorded_by"
                        + " where e.task_id = :id order by e.effective_on desc, e.id desc")
                .param("id", taskId)
                .query((rs, n) -> new StatusEvent(TaskStatus.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7),
                        rs.getBoolean(8)))
                .list();
    }

    List<Change> history(long taskId) {
        return jdbc.sql("select changed_at, changed_by, changed_by_name, field, old_value, new_value, comment"
                        + " from plan_task_change where task_id = :id order by changed_at desc, id desc")
                .param("id", taskId)
                .query((rs, n) -> new Change(rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"),
                        rs.getString("changed_by_name"), rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                        rs.getString("comment")))
                .list();
    }

    void recordChanges(long taskId, String by, String byName, List<FieldChange> changes, String comment) {
        for (FieldChange c : changes) {
            jdbc.sql("insert into plan_task_change (task_id, changed_by, changed_by_name, field, old_value, new_value, comment)"
                            + " values (:task, :by, :name, :field, :old, :new, :comment)")
                    .param("task", taskId).param("by", by).param("name", byName).param("field", c.field())
                    .param("old", c.oldValue()).param("new", c.newValue()).param("comment", comment.isBlank() ? null : comment)
                    .update();
        }
    }

    List<Area> areas(boolean activeOnly) {
        return jdbc.sql("select id, code, name, name_en, sort_order, active, version from plan_area"
                        + (activeOnly ? " where active" : "") + " order by sort_order, code")
                .query((rs, n) -> new Area(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("name_en"), rs.getInt("sort_order"), rs.getBoolean("active"), rs.getLong("version")))
                .list();
    }

    List<Area> areasOfYear(int year) {
        return jdbc.sql("select id, code, name, name_en, sort_order, active, version from plan_area where active"
                        + " and (from_year is null or from_year <= :year) and (to_year is null or to_year >= :year) order by sort_order, code")
                .param("year", year)
                .query((rs, n) -> new Area(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("name_en"), rs.getInt("sort_order"), rs.getBoolean("active"), rs.getLong("version")))
                .list();
    }

    long insertArea(String code, String name, String nameEn, int sortOrder) {
        return jdbc.sql("insert into plan_area (code, name, name_en, sort_order) values (:code, :name, :en, :sort) returning id")
                .param("code", code).param("name", name).param("en", nameEn).param("sort", sortOrder)
                .query(Long.class).single();
    }

    boolean updateArea(long id, long version, String name, String nameEn, boolean active) {
        return jdbc.sql("update plan_area set name = :name, name_en = :en, active = :active, version = version + 1"
                        + " where id = :id and version = :version")
                .param("id", id).param("version", version).param("name", name).param("en", nameEn).param("active", active)
                .update() == 1;
    }

    String unitPath(long unitId) {
        String path = unitPathOrNull(unitId);
        if (path == null) {
            throw new java.util.NoSuchElementException("no unit " + unitId);
        }
        return path;
    }

    @org.jspecify.annotations.Nullable String unitPathOrNull(long unitId) {
        return jdbc.sql("select path from unit where id = :id").param("id", unitId).query(String.class).optional().orElse(null);
    }

    String unitCode(long unitId) {
        return jdbc.sql("select code from unit where id = :id").param("id", unitId).query(String.class).single();
    }

    List<Long> supportIds(long taskId) {
        return jdbc.sql("select unit_id from plan_task_support where task_id = :id order by unit_id").param("id", taskId)
                .query(Long.class).list();
    }

    private static TaskRow task(ResultSet rs) throws SQLException {
        Date statusDate = rs.getDate("status_date");
        String support = rs.getString("support_codes");
        return new TaskRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("number"), rs.getString("title"),
                new Area(rs.getLong("area_id"), rs.getString("area_code"), rs.getString("area_name"),
                        rs.getString("area_name_en"), 0, true, 0),
                rs.getLong("lead_unit_id"), rs.getString("lead_code"), rs.getString("lead_name"), rs.getString("lead_name_en"),
                support == null ? List.of() : new ArrayList<>(Arrays.asList(support.split(", "))),
                rs.getDate("deadline").toLocalDate(), rs.getString("expected_output"),
                (Integer) rs.getObject("target_count"), (Integer) rs.getObject("achieved_count"),
                TaskStatus.valueOf(rs.getString("status")), statusDate == null ? null : statusDate.toLocalDate(),
                rs.getString("evidence"), rs.getString("reason"), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("updated_by"), rs.getLong("version"), rs.getBoolean("overdue"), rs.getBoolean("done"),
                rs.getDate("done_on") == null ? null : rs.getDate("done_on").toLocalDate(), rs.getString("done_evidence"),
                rs.getString("done_by"));
    }
}
