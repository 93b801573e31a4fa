package vn.reformdesk.dossiers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.reformdesk.units.SubtreesMoved;
import vn.reformdesk.dossiers.DossierKpi.Event;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps the rollup tables equal to the raw records. Every change to {@code dossier} goes through a temp
 * table {@code dossier_delta} holding the old state of each touched dossier with sign −1 and its new state
 * with sign +1; {@link #apply()} turns them into dated events ({@link DossierKpi.Event}) and adds the signed
 * sums to every scope (the unit and its ancestors; a unit with children also as its own desk, scope −id), per
 * day and per month. Inserts, updates and re-sends are
 * the same operation, so the rollups cannot drift; and since a stock is read as of any day from its events,
 * nothing is carried into a new month: the figures are right across a month or a year boundary without a
 * restart or a scheduled job. Callers hold {@link #LOCK} for the transaction.
 */
@Component
class DossierRollups {

    /** Advisory lock key serialising writers of dossiers and their rollups. */
    static final long LOCK = 0x444F5353L;

    static final String DELTA_TABLE = """
            create temp table if not exists dossier_delta (
                sign int not null, unit_id bigint not null, field varchar(40) not null, channel varchar(12) not null,
                service_level varchar(16) not null, received_at timestamp not null, promised_date date not null,
                resolved_at timestamp, outcome varchar(12), supplement_days int not null, apology_issued boolean not null,
                waiting_since date
            ) on commit drop""";

    /** The event columns, in {@link Event} order. */
    static final String EVENT_COLUMNS = Arrays.stream(Event.values()).map(Event::column).collect(Collectors.joining(", "));
    /** The flow columns of the field × channel × level split (by month). */
    static final String SPLIT_COLUMNS = "received, received_online, early, on_time, late, late_apology, withdrawn";
    /** The event columns summed, each named as itself. */
    private static final String SUM_EVENTS = Arrays.stream(Event.values()).map(e -> "sum(" + e.column() + ")::bigint " + e.column())
            .collect(Collectors.joining(", "));
    /** An upsert's addition of the event columns to the stored row {@code r}. */
    private static final String ADD_EVENTS = Arrays.stream(Event.values()).map(e -> e.column() + " = r." + e.column() + " + excluded." + e.column())
            .collect(Collectors.joining(", "));
    /** An upsert's addition of the flow columns to the stored row {@code r}. */
    private static final String ADD_SPLIT = Arrays.stream(SPLIT_COLUMNS.split(", ")).map(c -> c + " = r." + c + " + excluded." + c)
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;

    DossierRollups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void lock() {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
    }

    void createDelta() {
        jdbc.execute(DELTA_TABLE);
        jdbc.execute("truncate dossier_delta");
    }

    /** Temp tables for events and split flows counted outside SQL (the loader counts them while the file streams in). */
    void createNewCounts() {
        jdbc.execute("create temp table if not exists dossier_event_new (unit_id bigint, day date, "
                + Arrays.stream(Event.values()).map(e -> e.column() + " bigint").collect(Collectors.joining(", ")) + ") on commit drop");
        jdbc.execute("truncate dossier_event_new");
        jdbc.execute("create temp table if not exists dossier_split_new (unit_id bigint, month date, field varchar(40), channel varchar(12),"
                + " service_level varchar(16), received bigint, received_online bigint, early bigint, on_time bigint, late bigint,"
                + " late_apology bigint, withdrawn bigint) on commit drop");
        jdbc.execute("truncate dossier_split_new");
    }

    /** Adds the signed contributions in dossier_delta to all rollup tables. */
    void apply() {
        apply(false);
    }

    /** One select of events from dossier_delta_x: the day, which rows, and the value of each event column (others 0). */
    private static String eventSelect(String day, String where, Map<Event, String> values) {
        StringBuilder b = new StringBuilder("select unit_id, ").append(day).append(" as day");
        for (Event e : Event.values()) {
            b.append(", ").append(values.getOrDefault(e, "0")).append("::bigint ").append(e.column());
        }
        return b.append(" from dossier_delta_x where ").append(where).toString();
    }

    private static Map<Event, String> of(Object... kv) {
        Map<Event, String> m = new EnumMap<>(Event.class);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((Event) kv[i], (String) kv[i + 1]);
        }
        return m;
    }

    /**
     * The SQL form of {@link DossierKpi#events}: the events of the rows of dossier_delta_x (dossier_delta with
     * n = sign, r = day received, x = day resolved, st = status, due, ofrom = first overdue day, oend = the day
     * it stops being overdue, w = waiting since).
     */
    static final String EVENTS_SQL = String.join(" union all ",
            eventSelect("r", "true", of(Event.RECEIVED, "n", Event.RECEIVED_ONLINE, "case when channel = 'ONLINE' then n else 0 end")),
            eventSelect("x", "x is not null", of(Event.EARLY, "case when st = 'EARLY' then n else 0 end",
                    Event.ON_TIME, "case when st = 'ON_TIME' then n else 0 end", Event.LATE, "case when st = 'LATE' then n else 0 end",
                    Event.LATE_APOLOGY, "case when st = 'LATE' and apology_issued then n else 0 end",
                    Event.WITHDRAWN, "case when st = 'WITHDRAWN' then n else 0 end")),
            eventSelect("due", "st <> 'WITHDRAWN'", of(Event.DUE, "n", Event.DUE_EARLY, "case when st = 'EARLY' then n else 0 end",
                    Event.DUE_ON_TIME, "case when st = 'ON_TIME' then n else 0 end")),
            eventSelect("ofrom", "(oend is null or ofrom < oend)", of(Event.OVERDUE_IN, "n",
                    Event.OVERDUE_APOLOGY_IN, "case when apology_issued then n else 0 end")),
            eventSelect("oend", "oend is not null and ofrom < oend", of(Event.OVERDUE_OUT, "n",
                    Event.OVERDUE_APOLOGY_OUT, "case when apology_issued then n else 0 end")),
            eventSelect("greatest(w, r)", "w is not null and (x is null or w < x)", of(Event.WAITING_IN, "n")),
            eventSelect("x", "w is not null and x is not null and w < x", of(Event.WAITING_OUT, "n")));

    /**
     * Adds the signed contributions in dossier_delta, plus the counts in dossier_event_new and dossier_split_new
     * when {@code withNewCounts}, to all rollup tables.
     */
    void apply(boolean withNewCounts) {
        jdbc.execute("drop table if exists dossier_delta_x");
        jdbc.execute("create temp table dossier_delta_x on commit drop as select unit_id, field, channel, service_level, apology_issued,"
                + " sign::bigint n, received_at::date r, resolved_at::date x, " + DossierKpi.STATUS_SQL + " st, " + DossierKpi.DUE_SQL + " due,"
                + " greatest(" + DossierKpi.DUE_SQL + " + 1, received_at::date) ofrom, " + DossierKpi.OVERDUE_END_SQL + " oend,"
                + " waiting_since w from dossier_delta");
        // 1. events per unit and day
        jdbc.execute("drop table if exists dossier_event_change");
        jdbc.execute("create temp table dossier_event_change on commit drop as select unit_id, day, " + SUM_EVENTS + " from ("
                + EVENTS_SQL + (withNewCounts ? " union all select unit_id, day, " + EVENT_COLUMNS + " from dossier_event_new" : "")
                + ") e group by 1, 2");
        // 2. flows per unit, month and field × channel × level
        jdbc.execute("drop table if exists dossier_split_change");
        jdbc.execute("create temp table dossier_split_change on commit drop as select unit_id, month, field, channel, service_level,"
                + " sum(received)::bigint received, sum(received_online)::bigint received_online, sum(early)::bigint early,"
                + " sum(on_time)::bigint on_time, sum(late)::bigint late, sum(late_apology)::bigint late_apology, sum(withdrawn)::bigint withdrawn"
                + " from ("
                + "  select unit_id, date_trunc('month', r)::date as month, field, channel, service_level, n received,"
                + "   case when channel = 'ONLINE' then n else 0 end received_online, 0 early, 0 on_time, 0 late, 0 late_apology, 0 withdrawn"
                + "  from dossier_delta_x"
                + "  union all"
                + "  select unit_id, date_trunc('month', x)::date, field, channel, service_level, 0, 0,"
                + "   case when st = 'EARLY' then n else 0 end, case when st = 'ON_TIME' then n else 0 end,"
                + "   case when st = 'LATE' then n else 0 end, case when st = 'LATE' and apology_issued then n else 0 end,"
                + "   case when st = 'WITHDRAWN' then n else 0 end from dossier_delta_x where x is not null"
                + (withNewCounts ? "  union all select unit_id, month, field, channel, service_level, " + SPLIT_COLUMNS + " from dossier_split_new" : "")
                + " ) x group by 1, 2, 3, 4, 5");
        // 3. to every scope: the unit and its ancestors
        jdbc.execute("drop table if exists dossier_unit_scope");
        // a unit with children also gets its own desk as the scope −id (so "own desk" and "units below" read exactly)
        // the ancestors are read off the unit's own path ("/1/5/77/"): a join of units on path prefixes compared every
        // changed unit with every unit, which at the whole country's 25,000 units took half a minute per load
        jdbc.execute("create temp table dossier_unit_scope on commit drop as select u.id unit_id, a.id::bigint scope_id"
                + " from unit u cross join lateral unnest(string_to_array(trim(both '/' from u.path), '/')) as a(id)"
                + " where u.id in (select unit_id from dossier_event_change union select unit_id from dossier_split_change)"
                + " union all select u.id, -u.id from unit u"
                + " where u.id in (select unit_id from dossier_event_change union select unit_id from dossier_split_change)"
                + " and exists (select 1 from unit c where c.parent_id = u.id)");
        jdbc.execute("analyze dossier_unit_scope");
        jdbc.execute("analyze dossier_event_change");
        jdbc.execute("drop table if exists dossier_scope_event");
        jdbc.execute("create temp table dossier_scope_event on commit drop as select a.scope_id, c.day, " + SUM_EVENTS.replace("sum(", "sum(c.")
                + " from dossier_event_change c join dossier_unit_scope a on a.unit_id = c.unit_id group by 1, 2");
        jdbc.execute("insert into dossier_rollup_day as r (scope_id, day, " + EVENT_COLUMNS + ")"
                + " select scope_id, day, " + EVENT_COLUMNS + " from dossier_scope_event order by 1, 2"
                + " on conflict (scope_id, day) do update set " + ADD_EVENTS);
        jdbc.execute("insert into dossier_rollup_month as r (scope_id, month, " + EVENT_COLUMNS + ")"
                + " select scope_id, date_trunc('month', day)::date, " + SUM_EVENTS + " from dossier_scope_event group by 1, 2 order by 1, 2"
                + " on conflict (scope_id, month) do update set " + ADD_EVENTS);
        jdbc.execute("insert into dossier_rollup as r (scope_id, month, field, channel, service_level, " + SPLIT_COLUMNS + ")"
                + " select a.scope_id, c.month, c.field, c.channel, c.service_level, sum(c.received), sum(c.received_online), sum(c.early),"
                + " sum(c.on_time), sum(c.late), sum(c.late_apology), sum(c.withdrawn)"
                + " from dossier_split_change c join dossier_unit_scope a on a.unit_id = c.unit_id group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5"
                + " on conflict (scope_id, month, field, channel, service_level) do update set " + ADD_SPLIT);
        jdbc.execute("insert into dossier_unit_month as r (unit_id, month, records)"
                + " select unit_id, month, sum(received) from dossier_split_change group by 1, 2 having sum(received) <> 0 order by 1, 2"
                + " on conflict (unit_id, month) do update set records = r.records + excluded.records");
    }

    /**
     * Whole subtrees put below a new ancestor (the provinces below the country of a ministry's installation): the
     * ancestor's rollups gain the subtrees' own, so its figures include the dossiers recorded before the move. Runs in
     * the transaction that moved them.
     */
    @EventListener
    void onSubtreesMoved(SubtreesMoved moved) {
        lock();
        Long[] roots = moved.rootIds().toArray(Long[]::new);
        jdbc.update("insert into dossier_rollup_day as r (scope_id, day, " + EVENT_COLUMNS + ") select ?, day, " + SUM_EVENTS
                + " from dossier_rollup_day where scope_id = any(?) group by day on conflict (scope_id, day) do update set " + ADD_EVENTS,
                moved.ancestorId(), roots);
        jdbc.update("insert into dossier_rollup_month as r (scope_id, month, " + EVENT_COLUMNS + ") select ?, month, " + SUM_EVENTS
                + " from dossier_rollup_month where scope_id = any(?) group by month on conflict (scope_id, month) do update set " + ADD_EVENTS,
                moved.ancestorId(), roots);
        String sumSplit = Arrays.stream(SPLIT_COLUMNS.split(", ")).map(c -> "sum(" + c + ")").collect(Collectors.joining(", "));
        jdbc.update("insert into dossier_rollup as r (scope_id, month, field, channel, service_level, " + SPLIT_COLUMNS + ")"
                + " select ?, month, field, channel, service_level, " + sumSplit + " from dossier_rollup where scope_id = any(?)"
                + " group by month, field, channel, service_level"
                + " on conflict (scope_id, month, field, channel, service_level) do update set " + ADD_SPLIT, moved.ancestorId(), roots);
    }

    /**
     * Rebuilds every rollup from the records when they are missing (after the upgrade to the event rollups, or
     * a restore of the dossier table alone). Returns how many dossiers were counted.
     */
    int rebuildIfMissing() {
        lock();
        boolean missing = Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from dossier)"
                + " and not exists (select 1 from dossier_rollup_day)", Boolean.class));
        if (!missing) {
            return 0;
        }
        jdbc.execute("truncate dossier_rollup, dossier_rollup_month, dossier_unit_month");
        createDelta();
        String cols = "unit_id, field, channel, service_level, received_at, promised_date, resolved_at, outcome, supplement_days,"
                + " apology_issued, waiting_since";
        int n = jdbc.update("insert into dossier_delta (sign, " + cols + ") select 1, " + cols + " from dossier");
        apply();
        return n;
    }
}
