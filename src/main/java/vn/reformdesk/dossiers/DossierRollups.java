package vn.reformdesk.dossiers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.reformdesk.units.SubtreesMoved;
import vn.reformdesk.dossiers.DossierKpi.Event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
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
    /**
     * As {@link #SUM_EVENTS}, for the load's changes: each value summed is the events of one unit or scope on one day,
     * which fit an int by far, and PostgreSQL sums ints with a plain counter per group instead of a numeric state. At the
     * country's size (millions of unit-days in one load) the groupings take a third less time and spill less.
     */
    private static final String SUM_CHANGES = intSums(Arrays.stream(Event.values()).map(Event::column).toList());
    /** An upsert's addition of the event columns to the stored row {@code r}. */
    private static final String ADD_EVENTS = Arrays.stream(Event.values()).map(e -> e.column() + " = r." + e.column() + " + excluded." + e.column())
            .collect(Collectors.joining(", "));
    /** An upsert's addition of the flow columns to the stored row {@code r}. */
    private static final String ADD_SPLIT = Arrays.stream(SPLIT_COLUMNS.split(", ")).map(c -> c + " = r." + c + " + excluded." + c)
            .collect(Collectors.joining(", "));

    private static final Logger log = LoggerFactory.getLogger(DossierRollups.class);

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
        step("drop table if exists dossier_delta_x");
        step("create temp table dossier_delta_x on commit drop as select unit_id, field, channel, service_level, apology_issued,"
                + " sign::bigint n, received_at::date r, resolved_at::date x, " + DossierKpi.STATUS_SQL + " st, " + DossierKpi.DUE_SQL + " due,"
                + " greatest(" + DossierKpi.DUE_SQL + " + 1, received_at::date) ofrom, " + DossierKpi.OVERDUE_END_SQL + " oend,"
                + " waiting_since w from dossier_delta");
        // 1. events per unit and day
        step("drop table if exists dossier_event_change");
        step("create temp table dossier_event_change on commit drop as select unit_id, day, " + SUM_CHANGES + " from ("
                + EVENTS_SQL + (withNewCounts ? " union all select unit_id, day, " + EVENT_COLUMNS + " from dossier_event_new" : "")
                + ") e group by 1, 2");
        // 2. flows per unit, month and field × channel × level
        step("drop table if exists dossier_split_change");
        step("create temp table dossier_split_change on commit drop as select unit_id, month, field, channel, service_level,"
                + " " + intSums(List.of(SPLIT_COLUMNS.split(", "))) + " from ("
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
        // 3. to every scope: the unit and its ancestors, and a unit with children also as its own desk, the scope −id
        // (so "own desk" and "units below" read exactly). The ancestors are read off the unit's own path ("/1/5/77/").
        step("drop table if exists dossier_unit_level");
        step("create temp table dossier_unit_level on commit drop as select u.id unit_id,"
                + " p.ids[cardinality(p.ids) - 1]::bigint parent_id, cardinality(p.ids) depth,"
                + " exists (select 1 from unit c where c.parent_id = u.id) has_children"
                + " from unit u cross join lateral (select string_to_array(trim(both '/' from u.path), '/') ids) p");
        step("analyze dossier_unit_level");
        step("analyze dossier_event_change");
        List<String> events = Arrays.stream(Event.values()).map(Event::column).toList();
        List<String> scopeEvents = toScopes("dossier_event_change", "dossier_scope_event_", List.of("day"), events);
        addTo("dossier_rollup_day", List.of("scope_id", "day"), events, scopeEvents);
        step("drop table if exists dossier_scope_month");
        step("create temp table dossier_scope_month on commit drop as select scope_id, date_trunc('month', day)::date as month, "
                + SUM_CHANGES + " from (" + scopeEvents.stream().map(table -> "select * from " + table)
                .collect(Collectors.joining(" union all ")) + ") x group by 1, 2");
        addTo("dossier_rollup_month", List.of("scope_id", "month"), events, List.of("dossier_scope_month"));
        List<String> split = List.of(SPLIT_COLUMNS.split(", "));
        addTo("dossier_rollup", List.of("scope_id", "month", "field", "channel", "service_level"), split,
                toScopes("dossier_split_change", "dossier_scope_split_", List.of("month", "field", "channel", "service_level"), split));
        step("drop table if exists dossier_unit_month_change");
        step("create temp table dossier_unit_month_change on commit drop as select unit_id, month, sum(received) records"
                + " from dossier_split_change group by 1, 2 having sum(received) <> 0");
        addTo("dossier_unit_month", List.of("unit_id", "month"), List.of("records"), List.of("dossier_unit_month_change"));
    }

    /**
     * Adds the rows of the temp tables (each with one row per key) to a rollup table: the keys it holds already are
     * updated, the others inserted. Loads are serialised by {@link #LOCK}, so nothing inserts the same key meanwhile;
     * and an upsert, which checks every row against the index before inserting it, took a third longer on the country's
     * millions of new rows.
     */
    private void addTo(String rollup, List<String> keys, List<String> values, List<String> tables) {
        String match = keys.stream().map(k -> "r." + k + " = c." + k).collect(Collectors.joining(" and "));
        String columns = String.join(", ", keys) + ", " + String.join(", ", values);
        // one update and one insert for all the tables: each joins the rollup as it was before the load
        String rows = "(" + tables.stream().map(table -> "select " + columns + " from " + table).collect(Collectors.joining(" union all ")) + ")";
        step("update " + rollup + " r set " + values.stream().map(v -> v + " = r." + v + " + c." + v).collect(Collectors.joining(", "))
                + " from " + rows + " c where " + match);
        // in the order of the key: a scope's rows then lie side by side, and a page reading a hundred communes reads
        // a few pages for each (inserted in any order, the new province's children table took 58 instead of 36 ms, p50)
        step("insert into " + rollup + " (" + columns + ") select " + columns + " from " + rows + " c"
                + " where not exists (select 1 from " + rollup + " r where " + match + ") order by " + String.join(", ", keys));
    }

    /**
     * Sums the changes in {@code change} (per unit and {@code keys}, one row each) to every scope, a level at a time from
     * the deepest units up: a unit's scope is its own desk's changes plus its children's scopes, each grouped once. (A
     * join of every change with every ancestor grouped the country's millions of unit-days four or five times over.)
     * Needs dossier_unit_level; returns the temp tables holding the scope rows, one row per scope and key in each: the
     * own desks' and each level's.
     */
    private List<String> toScopes(String change, String tablePrefix, List<String> keys, List<String> values) {
        int depth = jdbc.queryForObject("select coalesce(max(depth), 0) from dossier_unit_level", Integer.class);
        String keyList = String.join(", ", keys);
        String sums = intSums(values);
        String ofChange = keys.stream().map(k -> "c." + k).collect(Collectors.joining(", ")) + ", "
                + values.stream().map(v -> "c." + v).collect(Collectors.joining(", "));
        String ofBelow = ofChange.replace("c.", "b.");
        List<String> tables = new ArrayList<>();
        String desks = tablePrefix + "desk";
        step("drop table if exists " + desks);
        step("create temp table " + desks + " on commit drop as select -c.unit_id scope_id, " + ofChange + " from " + change + " c"
                + " join dossier_unit_level l on l.unit_id = c.unit_id where l.has_children");
        step("analyze " + desks);
        tables.add(desks);
        for (int d = depth; d >= 1; d--) {
            String table = tablePrefix + d;
            String below = d == depth ? "" : " union all select l.parent_id, " + ofBelow + " from " + tablePrefix + (d + 1) + " b"
                    + " join dossier_unit_level l on l.unit_id = b.scope_id";
            step("drop table if exists " + table);
            step("create temp table " + table + " on commit drop as select scope_id, " + keyList + ", " + sums
                    + " from (select c.unit_id scope_id, " + ofChange + " from " + change + " c join dossier_unit_level l on l.unit_id = c.unit_id"
                    + " where l.depth = " + d + below + ") x group by scope_id, " + keyList);
            step("analyze " + table);
            tables.add(table);
        }
        return tables;
    }

    /** The columns summed as ints ({@link #SUM_CHANGES} says why), each named as itself. */
    private static String intSums(List<String> columns) {
        return columns.stream().map(c -> "sum(" + c + "::int)::bigint " + c).collect(Collectors.joining(", "));
    }

    /** Runs one statement of {@link #apply(boolean)}; its time is logged at debug level, to see where a large load goes. */
    private void step(String sql) {
        long started = System.nanoTime();
        jdbc.execute(sql);
        if (log.isDebugEnabled()) {
            log.debug("{} ms: {}", (System.nanoTime() - started) / 1_000_000, sql.length() > 100 ? sql.substring(0, 100) + "…" : sql);
        }
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
