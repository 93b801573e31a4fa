package vn.reformdesk.dossiers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollup tables equal to the raw records. Every change to {@code dossier} goes through a temp
 * table {@code dossier_delta} holding the old state of each touched dossier with sign −1 and its new state
 * with sign +1; {@link #apply()} adds the signed contributions to every scope (the unit and its
 * ancestors). Inserts, updates, re-sends and the monthly extension of open dossiers are all the same
 * operation, so the rollups cannot drift. Callers hold {@link #LOCK} for the transaction.
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
                open_until date
            ) on commit drop""";

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

    /** The month up to which open dossiers count as pending: the current month. */
    static String horizonSql() {
        return "date_trunc('month', (now() at time zone 'Asia/Ho_Chi_Minh'))::date";
    }

    /** Adds the signed contributions in dossier_delta to all rollup tables. */
    void apply() {
        apply(false);
    }

    /** A temp table for shapes counted outside SQL (the loader counts the new states while the file streams in). */
    void createNewShapes() {
        jdbc.execute("create temp table if not exists dossier_shape_new (unit_id bigint, field varchar(40), channel varchar(12),"
                + " service_level varchar(16), recv_m date, res_m date, due_m date, status varchar(12), apology boolean,"
                + " open_until date, n bigint) on commit drop");
        jdbc.execute("truncate dossier_shape_new");
    }

    /**
     * Adds the signed contributions in dossier_delta, plus the shapes in dossier_shape_new when
     * {@code withNewShapes}, to all rollup tables.
     */
    void apply(boolean withNewShapes) {
        // 1. collapse the dossiers to their distinct shapes (month received, month resolved, status, …)
        jdbc.execute("drop table if exists dossier_shape");
        String old = "select unit_id, field, channel, service_level,"
                + " date_trunc('month', received_at)::date recv_m,"
                + " date_trunc('month', resolved_at)::date res_m,"
                + " date_trunc('month', " + DossierKpi.DUE_SQL + ")::date due_m,"
                + " " + DossierKpi.STATUS_SQL + " status, apology_issued apology, open_until, sign::bigint n from dossier_delta";
        String all = withNewShapes ? old + " union all select unit_id, field, channel, service_level, recv_m, res_m, due_m, status,"
                + " apology, open_until, n from dossier_shape_new" : old;
        jdbc.execute("create temp table dossier_shape on commit drop as"
                + " select unit_id, field, channel, service_level, recv_m, res_m, due_m, status, apology, open_until, sum(n)::bigint n"
                + " from (" + all + ") x group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 having sum(n) <> 0");
        // 2. signed flows and month-end stocks per unit, month and split
        jdbc.execute("drop table if exists dossier_change");
        jdbc.execute("create temp table dossier_change on commit drop as"
                + " select unit_id, month, field, channel, service_level,"
                + " sum(received) received, sum(received_online) received_online, sum(early) early, sum(on_time) on_time,"
                + " sum(late) late, sum(late_apology) late_apology, sum(withdrawn) withdrawn, sum(pending) pending, sum(overdue) overdue"
                + " from ("
                + "  select unit_id, recv_m as month, field, channel, service_level, n received,"
                + "   case when channel = 'ONLINE' then n else 0 end received_online, 0::bigint early, 0::bigint on_time, 0::bigint late,"
                + "   0::bigint late_apology, 0::bigint withdrawn, 0::bigint pending, 0::bigint overdue from dossier_shape"
                + "  union all"
                + "  select unit_id, res_m, field, channel, service_level, 0, 0,"
                + "   case when status = 'EARLY' then n else 0 end, case when status = 'ON_TIME' then n else 0 end,"
                + "   case when status = 'LATE' then n else 0 end, case when status = 'LATE' and apology then n else 0 end,"
                + "   case when status = 'WITHDRAWN' then n else 0 end, 0, 0 from dossier_shape where res_m is not null"
                + "  union all"
                + "  select unit_id, m::date, field, channel, service_level, 0, 0, 0, 0, 0, 0, 0, n,"
                + "   case when due_m <= m::date then n else 0 end"
                + "  from dossier_shape, generate_series(recv_m,"
                + "    case when res_m is null then open_until else (res_m - interval '1 month')::date end, interval '1 month') m"
                + " ) x group by 1, 2, 3, 4, 5");
        // 3. to every scope: the unit and its ancestors
        jdbc.execute("drop table if exists dossier_unit_scope");
        jdbc.execute("create temp table dossier_unit_scope on commit drop as select u.id unit_id, a.id scope_id"
                + " from unit u join unit a on u.path like a.path || '%' where u.id in (select distinct unit_id from dossier_change)");
        jdbc.execute("analyze dossier_unit_scope");
        jdbc.execute("analyze dossier_change");
        jdbc.execute("drop table if exists dossier_scope_change");
        jdbc.execute("create temp table dossier_scope_change on commit drop as"
                + " select a.scope_id, c.month, c.field, c.channel, c.service_level,"
                + " sum(c.received) received, sum(c.received_online) received_online, sum(c.early) early, sum(c.on_time) on_time,"
                + " sum(c.late) late, sum(c.late_apology) late_apology, sum(c.withdrawn) withdrawn, sum(c.pending) pending, sum(c.overdue) overdue"
                + " from dossier_change c join dossier_unit_scope a on a.unit_id = c.unit_id"
                + " group by 1, 2, 3, 4, 5");
        String measures = "received, received_online, early, on_time, late, late_apology, withdrawn, pending, overdue";
        String add = "received = r.received + excluded.received, received_online = r.received_online + excluded.received_online,"
                + " early = r.early + excluded.early, on_time = r.on_time + excluded.on_time, late = r.late + excluded.late,"
                + " late_apology = r.late_apology + excluded.late_apology, withdrawn = r.withdrawn + excluded.withdrawn,"
                + " pending = r.pending + excluded.pending, overdue = r.overdue + excluded.overdue";
        jdbc.execute("insert into dossier_rollup as r (scope_id, month, field, channel, service_level, " + measures + ")"
                + " select scope_id, month, field, channel, service_level, " + measures + " from dossier_scope_change"
                + " order by 1, 2, 3, 4, 5"
                + " on conflict (scope_id, month, field, channel, service_level) do update set " + add);
        jdbc.execute("insert into dossier_rollup_month as r (scope_id, month, " + measures + ")"
                + " select scope_id, month, sum(received), sum(received_online), sum(early), sum(on_time), sum(late),"
                + " sum(late_apology), sum(withdrawn), sum(pending), sum(overdue) from dossier_scope_change group by 1, 2 order by 1, 2"
                + " on conflict (scope_id, month) do update set " + add);
        jdbc.execute("insert into dossier_unit_month as r (unit_id, month, records)"
                + " select unit_id, month, sum(received) from dossier_change group by 1, 2 having sum(received) <> 0 order by 1, 2"
                + " on conflict (unit_id, month) do update set records = r.records + excluded.records");
    }

    /**
     * Open dossiers count as pending up to the current month; when a month begins, their earlier
     * contribution is taken back and re-added up to the new month.
     */
    int extendOpenDossiers() {
        lock();
        createDelta();
        String cols = "unit_id, field, channel, service_level, received_at, promised_date, resolved_at, outcome, supplement_days, apology_issued";
        int n = jdbc.update("insert into dossier_delta (sign, " + cols + ", open_until) select -1, " + cols + ", open_until"
                + " from dossier where resolved_at is null and open_until < " + horizonSql());
        if (n == 0) {
            return 0;
        }
        jdbc.update("insert into dossier_delta (sign, " + cols + ", open_until) select 1, " + cols + ", " + horizonSql()
                + " from dossier where resolved_at is null and open_until < " + horizonSql());
        jdbc.update("update dossier set open_until = " + horizonSql() + " where resolved_at is null and open_until < " + horizonSql());
        apply();
        return n;
    }
}
