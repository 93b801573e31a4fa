package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.units.UnitLineageService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The dossiers behind a figure of the dossier page: for a unit (its subtree and, across the 2025 reorganisation,
 * its predecessors', as the figures count them), a period and its as-of day, the records that
 * {@link DossierListKind} counts, filtered, sorted and paged in the database. Reported totals have no records:
 * the page says so next to the list.
 */
@Service
@Transactional(readOnly = true)
public class DossierListService {

    /** The most rows an Excel export writes; a larger list must be narrowed by a filter first. */
    public static final int EXPORT_LIMIT = 100_000;

    /**
     * The longest list whose ids are kept when it is opened ({@link DossierListPages}): about 30 bytes each, so
     * at most about 0.75 MB for a list open on a screen. Longer lists page in the database.
     */
    public static final int SNAPSHOT_LIMIT = 25_000;

    /** Sortable columns (the id breaks ties, so pages never overlap). */
    public enum Sort {
        ID("d.id"), PROCEDURE("d.procedure_code"), FIELD("d.field"), DESK("d.desk_level"), RECEIVED("d.received_at"),
        DUE(DossierKpi.DUE_SQL), RESOLVED("d.resolved_at"), DAYS_LATE(DossierKpi.DAYS_LATE_SQL), SUPPLEMENT("d.supplement_days");

        private final String sql;

        Sort(String sql) {
            this.sql = sql;
        }
    }

    /**
     * Narrowing of the list; null = any. {@code id} matches dossier ids starting with it; {@code desk} is the
     * one-stop level a dossier was received at; {@code part} the unit's own desk or the units below it
     * ({@link DossierKpi.Part}, the split of the dossier page's tiles).
     */
    public record Filter(@Nullable String field, @Nullable String desk, DossierKpi.@Nullable Status status,
                         @Nullable String channel, @Nullable String id, DossierKpi.@Nullable Part part) {
        public static final Filter NONE = new Filter(null, null, null, null, null, null);

        public Filter(@Nullable String field, @Nullable String desk, DossierKpi.@Nullable Status status, @Nullable String channel,
                      @Nullable String id) {
            this(field, desk, status, channel, id, null);
        }

        public static Filter of(DossierKpi.@Nullable Part part) {
            return new Filter(null, null, null, null, null, part);
        }

        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    /** A list: which figure, of which unit and period. */
    public record Query(UnitRef unit, Period period, DossierListKind kind, Filter filter) {
    }

    /** One dossier as the list shows it; {@code status} and {@code daysLate} as of the list's as-of day. */
    public record Row(String id, String procedure, String field, String desk, String channel, LocalDateTime received,
                      LocalDate due, @Nullable LocalDateTime resolved, DossierKpi.Status status, int daysLate,
                      int supplementDays, boolean apology, @Nullable LocalDate apologyDate) {
    }

    private static final String COLUMNS = "d.id, d.procedure_code, d.field, d.desk_level, d.channel, d.received_at, "
            + DossierKpi.DUE_SQL + " due, case when d.resolved_at::date <= :a then d.resolved_at end resolved_at, "
            + DossierKpi.STATUS_AT_SQL + " status, " + DossierKpi.DAYS_LATE_SQL + " days_late, d.supplement_days, d.apology_issued, d.apology_date";

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final UnitService units;
    private final UnitLineageService lineage;
    private final ReportingClock clock;
    private final DossierYears years;

    DossierListService(NamedParameterJdbcTemplate jdbc, DataSource dataSource, UnitService units, UnitLineageService lineage,
                       ReportingClock clock, DossierYears years) {
        this.jdbc = jdbc;
        this.years = years;
        JdbcTemplate t = new JdbcTemplate(dataSource);
        t.setFetchSize(2_000);
        this.streaming = new NamedParameterJdbcTemplate(t);
        this.units = units;
        this.lineage = lineage;
        this.clock = clock;
    }

    /** The day the list's stocks are read (as the figures: the period's last day, or today while it runs). */
    public LocalDate asOf(Period period) {
        return clock.asOf(period);
    }

    /**
     * The archived records a list of the period may miss (see {@link DossierArchiveService}), or null when it cannot
     * miss any: no year is archived, or the period starts after the last day an archived dossier was open.
     */
    public @Nullable ArchivedRecords archived(Period period) {
        LocalDate through = years.archivedThrough();
        if (through == null || period.start().isAfter(through)) {
            return null;
        }
        return new ArchivedRecords(years.archived().stream().sorted().toList(), through);
    }

    /** How many dossiers the list holds (equals the figure when the unit's figures come from records only). */
    public long count(Query q) {
        MapSqlParameterSource p = params(q);
        Long n = jdbc.queryForObject("select count(*) from dossier d where " + where(q, p), p, Long.class);
        return n == null ? 0 : n;
    }

    /** One page of the list, sorted in the database. */
    public List<Row> page(Query q, Sort sort, boolean ascending, int offset, int limit) {
        MapSqlParameterSource p = params(q).addValue("offset", Math.max(0, offset)).addValue("limit", Math.max(0, limit));
        return jdbc.query(select(q, p, sort, ascending) + " offset :offset limit :limit", p, DossierListService::row);
    }

    /**
     * Opens the list for paging in the given order: the ids of a list of at most {@link #SNAPSHOT_LIMIT}
     * dossiers are read once, in order, and its pages are then fetched by id; a longer list is counted and pages
     * in the database. One scan of the figure's rule either way, so opening costs about what the first page did.
     */
    public DossierListPages open(Query q, Sort sort, boolean ascending) {
        return open(q, sort, ascending, SNAPSHOT_LIMIT);
    }

    DossierListPages open(Query q, Sort sort, boolean ascending, int keepLimit) {
        MapSqlParameterSource p = params(q).addValue("limit", keepLimit + 1);
        // the day the rule is read with, so that the kept rows are shown as of the same day
        LocalDate asOf = ((Date) p.getValue("a")).toLocalDate();
        // the rule is applied first (a materialized CTE): ordered by id with a limit, the planner would otherwise walk
        // the whole primary key in order and test every row against the rule
        List<String> ids = jdbc.queryForList("with m as materialized (select d.id, " + sort.sql + " k from dossier d where "
                + where(q, p) + ") select id from m order by " + order(sort, ascending, "k", "id") + " limit :limit", p, String.class);
        if (ids.size() <= keepLimit) {
            return new DossierListPages(q, sort, ascending, asOf, ids, this::rowsById);
        }
        return new DossierListPages(q, sort, ascending, asOf, count(q), this::page);
    }

    /** The rows of these ids in this order (ids of a list already opened through a checked method). */
    private List<Row> rowsById(LocalDate asOf, List<String> ids) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("a", Date.valueOf(asOf))
                .addValue("ids", ids);
        Map<String, Row> byId = new HashMap<>();
        jdbc.query("select " + COLUMNS + " from dossier d where d.id in (:ids)", p, rs -> {
            Row r = row(rs, 0);
            byId.put(r.id(), r);
        });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Every row of the list, in order, streamed from the database to {@code sink} (the Excel export). Refused
     * above {@link #EXPORT_LIMIT} rows.
     */
    public long forEach(Query q, Sort sort, boolean ascending, Consumer<Row> sink) {
        return forEach(q, sort, ascending, EXPORT_LIMIT, sink);
    }

    long forEach(Query q, Sort sort, boolean ascending, int limit, Consumer<Row> sink) {
        long n = count(q);
        if (n > limit) {
            throw new UserFacingException("dossiers.list.export.too-many", n, limit);
        }
        MapSqlParameterSource p = params(q).addValue("limit", limit);
        streaming.query(select(q, p, sort, ascending) + " limit :limit", p, rs -> {
            sink.accept(row(rs, 0));
        });
        return n;
    }

    private String select(Query q, MapSqlParameterSource p, Sort sort, boolean ascending) {
        return "select " + COLUMNS + " from dossier d where " + where(q, p) + " order by "
                + order(sort, ascending, sort.sql, "d.id");
    }

    /** The order by {@code key} (the sort's expression or its column), the id breaking ties. */
    private static String order(Sort sort, boolean ascending, String key, String id) {
        String dir = ascending ? " asc" : " desc";
        return sort == Sort.ID ? id + dir : key + dir + " nulls last, " + id + dir;
    }

    private MapSqlParameterSource params(Query q) {
        units.requireReadable(q.unit());
        LocalDate asOf = asOf(q.period());
        return new MapSqlParameterSource()
                .addValue("s", Timestamp.valueOf(q.period().start().atStartOfDay()))
                .addValue("a", Date.valueOf(asOf));
    }

    /** The figure's rule, the unit's scope and the filters. */
    private String where(Query q, MapSqlParameterSource p) {
        List<Long> ids = lineage.figureScope(q.unit()).ids();
        List<String> paths = jdbc.queryForList("select path from unit where id in (:ids)", new MapSqlParameterSource("ids", ids), String.class);
        StringBuilder scope = new StringBuilder("d.unit_id in (select u.id from unit u where ");
        for (int i = 0; i < paths.size(); i++) {
            scope.append(i == 0 ? "" : " or ").append("u.path like :p").append(i);
            p.addValue("p" + i, paths.get(i) + "%");
        }
        scope.append(")");
        StringBuilder w = new StringBuilder(q.kind().sql()).append(" and ").append(scope);
        Filter f = q.filter();
        if (f.field() != null) {
            w.append(" and d.field = :field");
            p.addValue("field", f.field());
        }
        if (f.desk() != null) {
            w.append(" and d.desk_level = :desk");
            p.addValue("desk", f.desk());
        }
        if (f.channel() != null) {
            w.append(" and d.channel = :channel");
            p.addValue("channel", f.channel());
        }
        if (f.status() != null) {
            w.append(" and ").append(DossierKpi.STATUS_AT_SQL).append(" = :status");
            p.addValue("status", f.status().name());
        }
        if (f.part() != null) {
            w.append(" and ").append(f.part().sql());
            p.addValue("u", q.unit().id());
        }
        if (f.id() != null && !f.id().isBlank()) {
            w.append(" and d.id like :idPrefix");
            p.addValue("idPrefix", f.id().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return w.toString();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        Date apology = rs.getDate("apology_date");
        return new Row(rs.getString("id"), rs.getString("procedure_code"), rs.getString("field"), rs.getString("desk_level"),
                rs.getString("channel"), rs.getTimestamp("received_at").toLocalDateTime(), rs.getDate("due").toLocalDate(),
                resolved == null ? null : resolved.toLocalDateTime(), DossierKpi.Status.valueOf(rs.getString("status")),
                rs.getInt("days_late"), rs.getInt("supplement_days"), rs.getBoolean("apology_issued"),
                apology == null ? null : apology.toLocalDate());
    }
}
