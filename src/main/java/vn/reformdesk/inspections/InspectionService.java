package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.UnitIndicator;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.reformdesk.inspections.RecommendationRules.DONE_BY;
import static vn.reformdesk.inspections.RecommendationRules.DONE_ON_TIME;
import static vn.reformdesk.inspections.RecommendationRules.DUE_OR_DONE;
import static vn.reformdesk.inspections.RecommendationRules.ISSUED_BY;
import static vn.reformdesk.inspections.RecommendationRules.OPEN_AS_OF;
import static vn.reformdesk.inspections.RecommendationRules.OVERDUE_AS_OF;
import static vn.reformdesk.inspections.RecommendationRules.RESOLVED_AS_OF;

/**
 * The inspection plan, outcomes and recommendations. Reads are limited to the caller's unit scope (a leader
 * sees only inspections of units in their subtree); the plan and outcomes are written by the SECRETARIAT (and
 * ADMIN); a recommendation is marked done by the secretariat or by the leader of the responsible unit itself.
 * Every change to an inspection or its recommendations raises the inspection's version: a save based on an
 * older version is refused ({@link ConcurrentEditException}).
 */
@Service
@Transactional(readOnly = true)
public class InspectionService {

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
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String WRITERS = "hasAnyRole('SECRETARIAT','ADMIN')";
    private static final Logger log = LoggerFactory.getLogger(InspectionService.class);
    private static final String UNIT_COLS = "%1$s.id as %1$s_id, %1$s.code as %1$s_code, %1$s.name as %1$s_name, "
            + "%1$s.name_en as %1$s_name_en, %1$s.tier as %1$s_tier, %1$s.kind as %1$s_kind, %1$s.parent_id as %1$s_parent_id, "
            + "%1$s.path as %1$s_path, %1$s.depth as %1$s_depth, %1$s.valid_from as %1$s_valid_from, %1$s.valid_to as %1$s_valid_to";
    private static final String INSPECTION_SELECT = "select i.*, " + UNIT_COLS.formatted("tu")
            + ", (select count(*) from inspection_recommendation r where r.inspection_id = i.id) as rec_count"
            + ", (select count(*) from inspection_recommendation r where r.inspection_id = i.id and r.status = 'OPEN') as rec_open"
            + " from inspection i join unit tu on tu.id = i.target_unit_id ";
    private static final String RECOMMENDATION_SELECT = "select r.*, i.actual_date as issued_on, i.topic_code, "
            + UNIT_COLS.formatted("ru") + ", " + UNIT_COLS.formatted("tu")
            + " from inspection_recommendation r join inspection i on i.id = r.inspection_id"
            + " join unit ru on ru.id = r.responsible_unit_id join unit tu on tu.id = i.target_unit_id ";

    private final JdbcClient jdbc;
    private final UnitService units;
    private final CurrentUserService currentUser;
    private final ObjectProvider<UnitIndicator> indicators;
    private final ReportingClock clock;

    InspectionService(JdbcTemplate jdbcTemplate, UnitService units, CurrentUserService currentUser,
                      ObjectProvider<UnitIndicator> indicators, ReportingClock clock) {
        this.clock = clock;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.units = units;
        this.currentUser = currentUser;
        this.indicators = indicators;
    }

    /** The date figures are "as of" for a period: its last day, or today while the period is running. */
    public LocalDate asOf(Period period) {
        LocalDate today = LocalDate.now(ZONE);
        return period.end().isBefore(today) ? period.end() : today;
    }

    public List<Topic> topics() {
        return jdbc.sql("select code, name, name_en from inspection_topic order by sort, code")
                .query((rs, n) -> new Topic(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * The topics offered for an inspection on the date: those active on that day according to their history (a
     * topic retired later is still offered for an earlier date; one retired on or before the date is not), in the
     * list's order. {@code keep} (the topic an existing inspection already has) is always included.
     */
    public List<Topic> topicsActiveOn(LocalDate date, @Nullable String keep) {
        return jdbc.sql("select t.code, t.name, t.name_en from inspection_topic t where t.code = :keep or coalesce("
                        + "(select c.old_value = 'true' from inspection_topic_change c where c.topic_code = t.code and c.field = 'active'"
                        + " and cast(c.changed_at at time zone 'Asia/Ho_Chi_Minh' as date) > :date order by c.changed_at, c.id limit 1),"
                        + " t.active) order by t.sort, t.code")
                .param("keep", keep == null ? "" : keep).param("date", date)
                .query((rs, n) -> new Topic(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The day a form's inspection counts on for its topic: held, else planned, else the 1st of the planned month. */
    public static LocalDate topicDate(int planYear, int plannedMonth, @Nullable LocalDate plannedDate, @Nullable LocalDate actualDate) {
        if (actualDate != null) {
            return actualDate;
        }
        if (plannedDate != null) {
            return plannedDate;
        }
        return LocalDate.of(Math.max(1990, Math.min(2100, planYear)), Math.max(1, Math.min(12, plannedMonth)), 1);
    }

    // ---- reads -------------------------------------------------------------------------------------------

    /** A page of the inspections of the filter, by planned month, day and unit. */
    public List<Inspection> list(InspectionFilter filter, int offset, int limit) {
        UnitRef unit = units.get(filter.unitId());
        return filtered(filter, unit).append(" order by i.plan_year, i.planned_month, coalesce(i.actual_date, i.planned_date) nulls last, tu.code, i.id")
                .append(" offset ").append(Math.max(0, offset)).append(" limit ").append(Math.max(0, limit)).query()
                .query(this::inspection).list();
    }

    public int count(InspectionFilter filter) {
        UnitRef unit = units.get(filter.unitId());
        return filtered(filter, unit).count();
    }

    /** Inspections shown on the days of the filter's period (the day held or planned, else the 1st of the planned month). */
    public List<Inspection> calendar(InspectionFilter filter) {
        UnitRef unit = units.get(filter.unitId());
        StringBuilder sql = new StringBuilder(INSPECTION_SELECT).append(" where tu.path like :prefix || '%'")
                .append(" and coalesce(i.actual_date, i.planned_date, make_date(i.plan_year, i.planned_month, 1)) between :start and :end");
        Map<String, Object> params = new HashMap<>(Map.of("prefix", unit.path(), "start", filter.period().start(), "end", filter.period().end()));
        addTypeAndStatus(filter, sql, params);
        sql.append(" order by coalesce(i.actual_date, i.planned_date, make_date(i.plan_year, i.planned_month, 1)), tu.code");
        return jdbc.sql(sql.toString()).params(params).query(this::inspection).list();
    }

    public InspectionDetail get(long id) {
        Inspection inspection = jdbc.sql(INSPECTION_SELECT + " where i.id = :id").param("id", id).query(this::inspection)
                .optional().orElseThrow(() -> new NoSuchElementException("no inspection " + id));
        units.requireReadable(inspection.target());
        CurrentUser user = currentUser.require();
        List<Recommendation> recs = jdbc.sql(RECOMMENDATION_SELECT + " where r.inspection_id = :id order by r.id").param("id", id)
                .query((rs, n) -> recommendation(rs, user)).list();
        return new InspectionDetail(inspection, recs);
    }

    /** Inspected / planned for the unit's subtree in the period, by type and topic; postponed ones; recommendations as of the date. */
    public ProgressReport progress(long unitId, Period period, LocalDate asOf) {
        UnitRef unit = units.get(unitId);
        Map<String, long[]> byType = new LinkedHashMap<>();
        for (InspectionType t : InspectionType.values()) {
            byType.put(t.name(), new long[2]);
        }
        Map<String, long[]> byTopic = new LinkedHashMap<>();
        topics().forEach(t -> byTopic.put(t.code(), new long[2]));
        long[] total = new long[2];
        long[] cancelled = new long[1];
        jdbc.sql("select i.type, i.topic_code, count(*) filter (where " + PLANNED + "), count(*) filter (where " + DONE + "),"
                        + " count(*) filter (where i.status = 'CANCELLED')"
                        + " from inspection i join unit tu on tu.id = i.target_unit_id"
                        + " where tu.path like :prefix || '%' and " + IN_PERIOD + " group by i.type, i.topic_code")
                .param("prefix", unit.path()).param("start", period.start()).param("end", period.end())
                .query(rs -> {
                    long planned = rs.getLong(3);
                    long done = rs.getLong(4);
                    add(byType.computeIfAbsent(rs.getString(1), k -> new long[2]), planned, done);
                    add(byTopic.computeIfAbsent(rs.getString(2), k -> new long[2]), planned, done);
                    add(total, planned, done);
                    cancelled[0] += rs.getLong(5);
                });
        List<Inspection> postponed = filtered(InspectionFilter.of(unitId, period).withStatus(InspectionStatus.POSTPONED), unit)
                .append(" order by i.plan_year, i.planned_month, tu.code").query().query(this::inspection).list();
        ProgressReport.RecommendationSummary recs = jdbc.sql("select count(*), count(*) filter (where " + OPEN_AS_OF + "),"
                        + " count(*) filter (where " + OVERDUE_AS_OF + "), count(*) filter (where " + DONE_ON_TIME + "),"
                        + " count(*) filter (where " + DUE_OR_DONE + ")"
                        + " from inspection_recommendation r join inspection i on i.id = r.inspection_id"
                        + " join unit ru on ru.id = r.responsible_unit_id where ru.path like :prefix || '%' and " + ISSUED_BY)
                .param("prefix", unit.path()).param("asOf", asOf)
                .query((rs, n) -> new ProgressReport.RecommendationSummary(asOf, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5))).single();
        return new ProgressReport(new ProgressReport.Line("", total[0], total[1]), lines(byType), lines(byTopic).stream()
                .filter(l -> l.planned() > 0 || l.done() > 0).toList(), postponed, cancelled[0], recs);
    }

    /**
     * For each child of the unit (districts and departments of a province, communes of a district), and the unit
     * itself when it was inspected: planned and done inspections in the period, open and overdue recommendations
     * as of the date. Same definitions as {@link #progress}.
     */
    public List<UnitFigures> drillDown(long unitId, Period period, LocalDate asOf) {
        UnitRef unit = units.get(unitId);
        List<UnitRef> rows = new ArrayList<>();
        rows.add(unit);
        rows.addAll(units.children(unitId, period));
        Map<Long, long[]> inspections = new HashMap<>();
        jdbc.sql("select c.id, count(*) filter (where " + PLANNED + "), count(*) filter (where " + DONE + ")"
                        + " from unit c join unit tu on (tu.path like c.path || '%' and c.id <> :unit) or (" + TARGET_ITSELF + " and c.id = :unit)"
                        + " join inspection i on i.target_unit_id = tu.id and " + IN_PERIOD
                        + " where c.parent_id = :unit or c.id = :unit group by c.id")
                .param("unit", unitId).param("itself", unitId).param("start", period.start()).param("end", period.end())
                .query(rs -> {
                    inspections.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3)});
                });
        Map<Long, long[]> recs = new HashMap<>();
        jdbc.sql("select c.id, count(*) filter (where " + OPEN_AS_OF + "), count(*) filter (where " + OVERDUE_AS_OF + ")"
                        + " from unit c join unit ru on (ru.path like c.path || '%' and c.id <> :unit) or (" + RESPONSIBLE_ITSELF + " and c.id = :unit)"
                        + " join inspection_recommendation r on r.responsible_unit_id = ru.id"
                        + " join inspection i on i.id = r.inspection_id and " + ISSUED_BY
                        + " where c.parent_id = :unit or c.id = :unit group by c.id")
                .param("unit", unitId).param("itself", unitId).param("asOf", asOf)
                .query(rs -> {
                    recs.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3)});
                });
        List<UnitFigures> result = new ArrayList<>();
        for (UnitRef row : rows) {
            long[] ins = inspections.getOrDefault(row.id(), new long[2]);
            long[] rec = recs.getOrDefault(row.id(), new long[2]);
            if (row.id() == unitId && ins[0] + ins[1] + rec[0] == 0) {
                continue;
            }
            result.add(new UnitFigures(row, ins[0], ins[1], rec[0], rec[1]));
        }
        return result;
    }

    /** Recommendations of the subtree's units open as of the date: overdue first, then by deadline and age. */
    public List<Recommendation> openRecommendations(long unitId, LocalDate asOf, int offset, int limit) {
        UnitRef unit = units.get(unitId);
        CurrentUser user = currentUser.require();
        return jdbc.sql(RECOMMENDATION_SELECT + " where ru.path like :prefix || '%' and " + ISSUED_BY + " and " + OPEN_AS_OF
                        + " order by case when " + OVERDUE_AS_OF + " then 0 else 1 end, r.deadline, i.actual_date, r.id"
                        + " offset " + Math.max(0, offset) + " limit " + Math.max(0, limit))
                .param("prefix", unit.path()).param("asOf", asOf)
                .query((rs, n) -> recommendation(rs, user)).list();
    }

    /** Which recommendations a list shows, as of its date (see {@link RecommendationRules}). */
    public enum RecommendationFilter {
        OPEN(OPEN_AS_OF), OVERDUE(OVERDUE_AS_OF), DONE(DONE_BY), ALL("true");

        final String sql;

        RecommendationFilter(String sql) {
            this.sql = sql;
        }
    }

    /**
     * The recommendations behind a figure: those of the subtree's responsible units issued by the date that the
     * filter keeps as of the date; overdue first, then open by deadline, then done, latest first.
     */
    public List<Recommendation> recommendations(long unitId, LocalDate asOf, RecommendationFilter filter, int offset, int limit) {
        return recommendations(unitId, asOf, filter, false, offset, limit);
    }

    /** As above; {@code itself}: only the recommendations addressed to the unit itself (the drill-down's own row). */
    public List<Recommendation> recommendations(long unitId, LocalDate asOf, RecommendationFilter filter, boolean itself, int offset,
                                                int limit) {
        UnitRef unit = units.get(unitId);
        units.requireReadable(unit);
        CurrentUser user = currentUser.require();
        // status, date, evidence and author as they stood at the date: a recommendation reopened later shows as done then
        String asOfColumns = "select r.*, " + RESOLVED_AS_OF + " as resolved_as_of, (select e.evidence from recommendation_event e"
                + " where e.recommendation_id = r.id and not e.superseded and e.effective_on <= :asOf and e.status = 'DONE'"
                + " order by e.effective_on desc, e.id desc limit 1) as evidence_as_of, (select e.recorded_by from recommendation_event e"
                + " where e.recommendation_id = r.id and not e.superseded and e.effective_on <= :asOf"
                + " order by e.effective_on desc, e.id desc limit 1) as by_as_of, ";
        return jdbc.sql(RECOMMENDATION_SELECT.replaceFirst("^select r\\.\\*, ", java.util.regex.Matcher.quoteReplacement(asOfColumns))
                        + " where ru.path like :prefix || '%' and " + ISSUED_BY + " and " + filter.sql
                        + (itself ? " and " + RESPONSIBLE_ITSELF : "")
                        + " order by case when " + OVERDUE_AS_OF + " then 0 when " + OPEN_AS_OF + " then 1 else 2 end,"
                        + " case when " + OPEN_AS_OF + " then r.deadline end, r.resolved_on desc nulls last, r.id"
                        + " offset " + Math.max(0, offset) + " limit " + Math.max(0, limit))
                .param("prefix", unit.path()).param("asOf", asOf).param("itself", unitId)
                .query((rs, n) -> {
                    Recommendation now = recommendation(rs, user);
                    LocalDate resolved = date(rs, "resolved_as_of");
                    return new Recommendation(now.id(), now.version(), now.inspectionId(), now.text(), now.responsible(), now.deadline(),
                            resolved == null ? RecommendationStatus.OPEN : RecommendationStatus.DONE, resolved,
                            resolved == null ? null : rs.getString("evidence_as_of"), now.issuedOn(), now.inspected(), now.topicCode(),
                            now.mayResolve() && resolved == null && now.status() == RecommendationStatus.OPEN, rs.getString("by_as_of"));
                }).list();
    }

    public int countRecommendations(long unitId, LocalDate asOf, RecommendationFilter filter) {
        return countRecommendations(unitId, asOf, filter, false);
    }

    public int countRecommendations(long unitId, LocalDate asOf, RecommendationFilter filter, boolean itself) {
        UnitRef unit = units.get(unitId);
        units.requireReadable(unit);
        return jdbc.sql("select count(*) from inspection_recommendation r join inspection i on i.id = r.inspection_id"
                        + " join unit ru on ru.id = r.responsible_unit_id where ru.path like :prefix || '%' and " + ISSUED_BY
                        + " and " + filter.sql + (itself ? " and " + RESPONSIBLE_ITSELF : ""))
                .param("prefix", unit.path()).param("asOf", asOf).param("itself", unitId).query(Integer.class).single();
    }

    /** One status event of a recommendation: done (with evidence) or reopened (with the reason), who and when. */
    public record StatusEvent(RecommendationStatus status, LocalDate effectiveOn, @Nullable String evidence, @Nullable String reason,
                              java.time.OffsetDateTime recordedAt, String recordedBy, @Nullable String recordedByName,
                              boolean superseded) {
    }

    /** The status events of a recommendation, latest first. */
    public List<StatusEvent> statusEvents(long recommendationId) {
        CurrentUser user = currentUser.require();
        Recommendation rec = jdbc.sql(RECOMMENDATION_SELECT + " where r.id = :id").param("id", recommendationId)
                .query((rs, n) -> recommendation(rs, user)).optional()
                .orElseThrow(() -> new NoSuchElementException("no recommendation " + recommendationId));
        units.requireReadable(rec.responsible());
        return jdbc.sql("select e.status, e.effective_on, e.evidence, e.reason, e.recorded_at, e.recorded_by, u.display_name, e.superseded"
                        + " from recommendation_event e left join app_user u on u.username = e.recorded_by"
                        + " where e.recommendation_id = :id order by e.effective_on desc, e.id desc")
                .param("id", recommendationId)
                .query((rs, n) -> new StatusEvent(RecommendationStatus.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
                        rs.getString(3), rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class), rs.getString(6),
                        rs.getString(7), rs.getBoolean(8)))
                .list();
    }

    /**
     * Reopens a recommendation that was done (the secretariat only), from {@code effectiveOn} (today when null) for
     * the reason given. It counts as done at every date before then, and as open from then on.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public void reopen(long recommendationId, long version, String reason, @Nullable LocalDate effectiveOn) {
        CurrentUser user = currentUser.require();
        Recommendation rec = jdbc.sql(RECOMMENDATION_SELECT + " where r.id = :id").param("id", recommendationId)
                .query((rs, n) -> recommendation(rs, user)).optional()
                .orElseThrow(() -> new NoSuchElementException("no recommendation " + recommendationId));
        units.requireReadable(rec.responsible());
        if (rec.version() != version) {
            throw new ConcurrentEditException("recommendation", recommendationId);
        }
        if (rec.status() != RecommendationStatus.DONE) {
            throw UserFacingException.onField("status", "inspections.error.reopen-not-done");
        }
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.onField("reason", "inspections.error.reopen-reason");
        }
        LocalDate today = clock.today();
        LocalDate on = effectiveOn == null ? today : effectiveOn;
        if (on.isAfter(today) || (rec.resolvedOn() != null && on.isBefore(rec.resolvedOn()))) {
            throw UserFacingException.onField("reopenedOn", "inspections.error.reopen-date",
                    java.sql.Date.valueOf(rec.resolvedOn() == null ? today : rec.resolvedOn()), java.sql.Date.valueOf(today));
        }
        int n = jdbc.sql("update inspection_recommendation set status = 'OPEN', resolved_on = null, evidence = null,"
                        + " reopened_on = :on, reopen_reason = :reason, status_by = :by, version = version + 1"
                        + " where id = :id and version = :version")
                .param("on", on).param("reason", reason.trim()).param("by", user.username()).param("id", recommendationId)
                .param("version", version).update();
        if (n == 0) {
            throw new ConcurrentEditException("recommendation", recommendationId);
        }
        jdbc.sql("update inspection set version = version + 1 where id = :id").param("id", rec.inspectionId()).update();
    }

    /**
     * Recommendations addressed to the unit itself (not its subtree), issued by the date: open ones, overdue first,
     * and with {@code includeDone} also those done by the date.
     */
    public List<Recommendation> recommendationsOf(UnitRef unit, LocalDate asOf, boolean includeDone) {
        units.requireReadable(unit);
        CurrentUser user = currentUser.require();
        return jdbc.sql(RECOMMENDATION_SELECT + " where r.responsible_unit_id = :unit and " + ISSUED_BY
                        + (includeDone ? "" : " and " + OPEN_AS_OF)
                        + " order by case when " + OVERDUE_AS_OF + " then 0 when " + OPEN_AS_OF + " then 1 else 2 end,"
                        + " r.deadline, i.actual_date, r.id")
                .param("unit", unit.id()).param("asOf", asOf)
                .query((rs, n) -> recommendation(rs, user)).list();
    }

    public int countOpenRecommendations(long unitId, LocalDate asOf) {
        UnitRef unit = units.get(unitId);
        return jdbc.sql("select count(*) from inspection_recommendation r join inspection i on i.id = r.inspection_id"
                        + " join unit ru on ru.id = r.responsible_unit_id where ru.path like :prefix || '%' and " + ISSUED_BY
                        + " and " + OPEN_AS_OF)
                .param("prefix", unit.path()).param("asOf", asOf).query(Integer.class).single();
    }

    /** Open recommendations per responsible unit as of the date, units with overdue ones first. */
    public record UnitBacklog(UnitRef unit, long open, long overdue, long oldestDays) {
    }

    public List<UnitBacklog> openByUnit(long unitId, LocalDate asOf) {
        UnitRef unit = units.get(unitId);
        return jdbc.sql("select " + UNIT_COLS.formatted("ru") + ", count(*) as open, count(*) filter (where " + OVERDUE_AS_OF + ") as overdue,"
                        + " max(:asOf - i.actual_date) as oldest"
                        + " from inspection_recommendation r join inspection i on i.id = r.inspection_id"
                        + " join unit ru on ru.id = r.responsible_unit_id where ru.path like :prefix || '%' and " + ISSUED_BY
                        + " and " + OPEN_AS_OF + " group by ru.id order by overdue desc, open desc, ru.code")
                .param("prefix", unit.path()).param("asOf", asOf)
                .query((rs, n) -> new UnitBacklog(unit(rs, "ru"), rs.getLong("open"), rs.getLong("overdue"), rs.getLong("oldest"))).list();
    }

    /**
     * Children of the unit ranked for the next surprise inspections by their open and overdue recommendations and
     * every published {@link UnitIndicator} (see {@link SuggestionRanking}).
     */
    public List<SuggestionRanking.Suggestion> suggestions(long unitId, Period period, LocalDate asOf, int limit) {
        List<UnitFigures> figures = drillDown(unitId, period, asOf).stream().filter(f -> f.unit().id() != unitId).toList();
        List<UnitRef> candidates = figures.stream().map(UnitFigures::unit).toList();
        List<SuggestionRanking.Signal> signals = new ArrayList<>();
        signals.add(new SuggestionRanking.Signal("inspections.overdue", "inspections.signal.overdue", true, "",
                figures.stream().collect(Collectors.toMap(f -> f.unit().id(), f -> (double) f.overdue()))));
        signals.add(new SuggestionRanking.Signal("inspections.open", "inspections.signal.open", true, "",
                figures.stream().collect(Collectors.toMap(f -> f.unit().id(), f -> (double) f.open()))));
        indicators.orderedStream().filter(ind -> !ind.id().startsWith("inspections.")).forEach(ind -> {
            try {
                signals.add(new SuggestionRanking.Signal(ind.id(), ind.labelKey(), ind.higherIsWorse(), ind.suffix(),
                        Map.copyOf(ind.values(candidates, period))));
            } catch (RuntimeException e) {
                log.warn("Indicator {} left out of the suggestions: {}", ind.id(), e.toString());
            }
        });
        return SuggestionRanking.rank(candidates, signals, limit);
    }

    // ---- writes ------------------------------------------------------------------------------------------

    /** Warnings to confirm before saving: the team lead booked elsewhere that day; the unit inspected within a week. */
    @PreAuthorize(WRITERS)
    public List<Warning> warnings(@Nullable Long id, InspectionForm form) {
        LocalDate day = form.actualDate() != null ? form.actualDate() : form.plannedDate();
        if (day == null || form.status() == InspectionStatus.CANCELLED) {
            return List.of();
        }
        long self = id == null ? -1 : id;
        List<Warning> warnings = new ArrayList<>();
        String day0 = "coalesce(i.actual_date, i.planned_date)";
        if (!form.teamLead().isBlank()) {
            jdbc.sql(INSPECTION_SELECT + " where i.status <> 'CANCELLED' and i.id <> :self and " + day0 + " = :day"
                            + " and lower(trim(i.team_lead)) = lower(trim(:lead)) order by i.id")
                    .param("self", self).param("day", day).param("lead", form.teamLead())
                    .query(this::inspection).list()
                    .forEach(o -> warnings.add(new Warning("lead-busy", List.of(form.teamLead().trim(), day, o.target().name(), o.target().code()))));
        }
        Optional<UnitRef> target = findUnit(form.targetCode(), form.planYear());
        target.ifPresent(t -> jdbc.sql(INSPECTION_SELECT + " where i.status <> 'CANCELLED' and i.id <> :self and i.target_unit_id = :target"
                        + " and " + day0 + " between :from and :to order by " + day0)
                .param("self", self).param("target", t.id()).param("from", day.minusDays(6)).param("to", day.plusDays(6))
                .query(this::inspection).list()
                .forEach(o -> warnings.add(new Warning("unit-twice", List.of(t.name(), t.code(), o.day(), o.teamLead())))));
        return warnings;
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public long create(InspectionForm form) {
        Validated v = validate(form, null);
        Long id = jdbc.sql("insert into inspection (plan_unit_id, plan_year, target_unit_id, planned_month, planned_date, type, topic_code,"
                        + " team_lead, members, status, actual_date, postpone_reason, findings)"
                        + " values (:plan, :year, :target, :month, :date, :type, :topic, :lead, :members, :status, :actual, :reason, :findings)"
                        + " returning id")
                .params(inspectionParams(form, v)).query(Long.class).single();
        for (int i = 0; i < form.recommendations().size(); i++) {
            insertRecommendation(id, form.recommendations().get(i), v.responsible().get(i));
        }
        return id;
    }

    /** Saves the form over the inspection loaded at {@code version}; refused when anyone saved it since. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void update(long id, long version, InspectionForm form) {
        InspectionDetail current = get(id);
        if (current.inspection().version() != version) {
            throw new ConcurrentEditException("inspection", id);
        }
        Validated v = validate(form, current);
        Map<String, Object> params = new HashMap<>(inspectionParams(form, v));
        params.put("id", id);
        params.put("version", version);
        int n = jdbc.sql("update inspection set plan_unit_id = :plan, plan_year = :year, target_unit_id = :target, planned_month = :month,"
                        + " planned_date = :date, type = :type, topic_code = :topic, team_lead = :lead, members = :members, status = :status,"
                        + " actual_date = :actual, postpone_reason = :reason, findings = :findings, version = version + 1"
                        + " where id = :id and version = :version")
                .params(params).update();
        if (n == 0) {
            throw new ConcurrentEditException("inspection", id);
        }
        Map<Long, Recommendation> existing = current.recommendations().stream()
                .collect(Collectors.toMap(Recommendation::id, r -> r));
        Set<Long> kept = new java.util.HashSet<>();
        for (int i = 0; i < form.recommendations().size(); i++) {
            InspectionForm.RecommendationForm r = form.recommendations().get(i);
            long responsible = v.responsible().get(i);
            if (r.id() == null) {
                insertRecommendation(id, r, responsible);
                continue;
            }
            Recommendation old = existing.get(r.id());
            kept.add(r.id());
            boolean changed = !old.text().equals(r.text().trim()) || old.responsible().id() != responsible
                    || !old.deadline().equals(r.deadline());
            if (changed) {
                int m = jdbc.sql("update inspection_recommendation set text = :text, responsible_unit_id = :unit, deadline = :deadline,"
                                + " version = version + 1 where id = :id and version = :version")
                        .param("text", r.text().trim()).param("unit", responsible).param("deadline", r.deadline())
                        .param("id", r.id()).param("version", r.version()).update();
                if (m == 0) {
                    throw new ConcurrentEditException("recommendation", r.id());
                }
            }
        }
        for (Recommendation old : existing.values()) {
            if (!kept.contains(old.id())) {
                jdbc.sql("delete from inspection_recommendation where id = :id").param("id", old.id()).update();
            }
        }
    }

    /**
     * Marks a recommendation done on a date with its evidence. Allowed to the secretariat (and ADMIN) and to the
     * leader of the responsible unit itself — only their own recommendations.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void resolve(long recommendationId, long version, LocalDate on, String evidence) {
        CurrentUser user = currentUser.require();
        Recommendation rec = jdbc.sql(RECOMMENDATION_SELECT + " where r.id = :id").param("id", recommendationId)
                .query((rs, n) -> recommendation(rs, user)).optional()
                .orElseThrow(() -> new NoSuchElementException("no recommendation " + recommendationId));
        units.requireReadable(rec.responsible());
        if (!mayResolve(user, rec.responsible())) {
            throw new AccessDeniedException("only the secretariat or the leader of " + rec.responsible().code() + " may resolve this");
        }
        if (rec.version() != version) {
            throw new ConcurrentEditException("recommendation", recommendationId);
        }
        List<InvalidInspectionException.Problem> problems = new ArrayList<>();
        if (rec.status() == RecommendationStatus.DONE) {
            problems.add(new InvalidInspectionException.Problem("status", "already-done"));
        }
        if (evidence == null || evidence.isBlank()) {
            problems.add(new InvalidInspectionException.Problem("evidence", "evidence-required"));
        }
        if (on == null) {
            problems.add(new InvalidInspectionException.Problem("resolvedOn", "resolved-on-required"));
        } else if (rec.issuedOn() != null && on.isBefore(rec.issuedOn())) {
            problems.add(new InvalidInspectionException.Problem("resolvedOn", "resolved-before-issued", rec.issuedOn()));
        } else if (on.isAfter(clock.today())) {
            problems.add(new InvalidInspectionException.Problem("resolvedOn", "resolved-in-future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInspectionException(problems);
        }
        int n = jdbc.sql("update inspection_recommendation set status = 'DONE', resolved_on = :on, evidence = :evidence,"
                        + " status_by = :by, version = version + 1 where id = :id and version = :version")
                .param("on", on).param("evidence", evidence.trim()).param("by", user.username()).param("id", recommendationId).param("version", version).update();
        if (n == 0) {
            throw new ConcurrentEditException("recommendation", recommendationId);
        }
        jdbc.sql("update inspection set version = version + 1 where id = :id").param("id", rec.inspectionId()).update();
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private record Validated(long planUnit, long target, List<Long> responsible) {
    }

    private Validated validate(InspectionForm f, @Nullable InspectionDetail current) {
        List<InvalidInspectionException.Problem> p = new ArrayList<>();
        int year = f.planYear();
        Period planYear = null;
        if (year < 1990 || year > 2100) {
            p.add(new InvalidInspectionException.Problem("planYear", "year-invalid", year));
        } else {
            planYear = Period.year(year);
        }
        UnitRef planUnit = null;
        try {
            planUnit = units.get(f.planUnitId());
        } catch (NoSuchElementException e) {
            p.add(new InvalidInspectionException.Problem("planUnit", "unit-unknown", f.planUnitId()));
        }
        UnitRef target = null;
        if (f.targetCode() == null || f.targetCode().isBlank()) {
            p.add(new InvalidInspectionException.Problem("target", "target-required"));
        } else {
            target = findUnit(f.targetCode(), year).orElse(null);
            if (target == null) {
                p.add(new InvalidInspectionException.Problem("target", "unit-unknown", f.targetCode()));
            } else if (planUnit != null && !target.isWithin(planUnit)) {
                p.add(new InvalidInspectionException.Problem("target", "target-outside-plan", f.targetCode(), planUnit.name()));
            } else if (planYear != null && !target.validDuring(planYear)) {
                p.add(new InvalidInspectionException.Problem("target", "unit-not-valid", f.targetCode(), year));
            }
        }
        if (f.plannedMonth() < 1 || f.plannedMonth() > 12) {
            p.add(new InvalidInspectionException.Problem("plannedMonth", "month-invalid", f.plannedMonth()));
        }
        if (f.plannedDate() != null && planYear != null) {
            if (f.plannedDate().getYear() != year) {
                p.add(new InvalidInspectionException.Problem("plannedDate", "date-outside-year", f.plannedDate(), year));
            } else if (f.plannedDate().getMonthValue() != f.plannedMonth()) {
                p.add(new InvalidInspectionException.Problem("plannedDate", "date-outside-month", f.plannedDate(), f.plannedMonth()));
            }
        }
        if (f.actualDate() != null && f.actualDate().getYear() != year) {
            p.add(new InvalidInspectionException.Problem("actualDate", "date-outside-year", f.actualDate(), year));
        }
        if (f.type() == null) {
            p.add(new InvalidInspectionException.Problem("type", "type-required"));
        }
        if (f.topicCode() == null || topics().stream().noneMatch(t -> t.code().equals(f.topicCode()))) {
            p.add(new InvalidInspectionException.Problem("topic", "topic-unknown", String.valueOf(f.topicCode())));
        } else if (current == null || !f.topicCode().equals(current.inspection().topicCode())) {
            LocalDate on = topicDate(year, f.plannedMonth(), f.plannedDate(), f.actualDate());
            if (topicsActiveOn(on, null).stream().noneMatch(t -> t.code().equals(f.topicCode()))) {
                p.add(new InvalidInspectionException.Problem("topic", "topic-retired", f.topicCode(), on));
            }
        }
        if (f.teamLead() == null || f.teamLead().isBlank()) {
            p.add(new InvalidInspectionException.Problem("teamLead", "team-lead-required"));
        }
        if (f.status() == null) {
            p.add(new InvalidInspectionException.Problem("status", "status-required"));
        } else if (f.status() == InspectionStatus.DONE && f.actualDate() == null) {
            p.add(new InvalidInspectionException.Problem("actualDate", "actual-date-required"));
        } else if (f.status() == InspectionStatus.POSTPONED && (f.postponeReason() == null || f.postponeReason().isBlank())) {
            p.add(new InvalidInspectionException.Problem("postponeReason", "reason-required"));
        }
        if (!f.recommendations().isEmpty() && f.status() != InspectionStatus.DONE) {
            p.add(new InvalidInspectionException.Problem("recommendations", "recommendations-need-done"));
        }
        Set<Long> existingIds = current == null ? Set.of()
                : current.recommendations().stream().map(Recommendation::id).collect(Collectors.toSet());
        List<Long> responsible = new ArrayList<>();
        for (int i = 0; i < f.recommendations().size(); i++) {
            InspectionForm.RecommendationForm r = f.recommendations().get(i);
            String field = "recommendations[" + (i + 1) + "]";
            int row = i + 1;
            if (r.id() != null && !existingIds.contains(r.id())) {
                p.add(new InvalidInspectionException.Problem(field, "recommendation-unknown", row));
            }
            if (r.text() == null || r.text().isBlank()) {
                p.add(new InvalidInspectionException.Problem(field + ".text", "recommendation-text-required", row));
            }
            if (r.deadline() == null) {
                p.add(new InvalidInspectionException.Problem(field + ".deadline", "deadline-required", row));
            } else if (f.actualDate() != null && r.deadline().isBefore(f.actualDate())) {
                p.add(new InvalidInspectionException.Problem(field + ".deadline", "deadline-before-inspection", row, r.deadline()));
            }
            UnitRef unit = r.responsibleCode() == null || r.responsibleCode().isBlank() ? null : findUnit(r.responsibleCode(), year).orElse(null);
            if (unit == null) {
                p.add(new InvalidInspectionException.Problem(field + ".responsible", "responsible-unknown", row,
                        String.valueOf(r.responsibleCode())));
                responsible.add(-1L);
            } else if (planUnit != null && !unit.isWithin(planUnit)) {
                p.add(new InvalidInspectionException.Problem(field + ".responsible", "target-outside-plan", unit.code(), planUnit.name()));
                responsible.add(-1L);
            } else {
                responsible.add(unit.id());
            }
        }
        if (current != null) {
            for (Recommendation old : current.recommendations()) {
                boolean kept = f.recommendations().stream().anyMatch(r -> r.id() != null && r.id() == old.id());
                if (!kept && old.status() == RecommendationStatus.DONE) {
                    p.add(new InvalidInspectionException.Problem("recommendations", "cannot-remove-done", old.text()));
                }
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidInspectionException(p);
        }
        return new Validated(planUnit.id(), target.id(), responsible);
    }

    private Optional<UnitRef> findUnit(String code, int year) {
        if (code == null || code.isBlank() || year < 1990 || year > 2100) {
            return Optional.empty();
        }
        return units.findByCode(code.trim(), Period.year(year));
    }

    private Map<String, Object> inspectionParams(InspectionForm f, Validated v) {
        Map<String, Object> m = new HashMap<>();
        m.put("plan", v.planUnit());
        m.put("year", f.planYear());
        m.put("target", v.target());
        m.put("month", f.plannedMonth());
        m.put("date", f.plannedDate());
        m.put("type", f.type().name());
        m.put("topic", f.topicCode());
        m.put("lead", f.teamLead().trim());
        m.put("members", f.members().trim());
        m.put("status", f.status().name());
        m.put("actual", f.actualDate());
        m.put("reason", f.status() == InspectionStatus.POSTPONED ? f.postponeReason().trim() : null);
        m.put("findings", f.findings().trim());
        return m;
    }

    private void insertRecommendation(long inspectionId, InspectionForm.RecommendationForm r, long responsible) {
        jdbc.sql("insert into inspection_recommendation (inspection_id, text, responsible_unit_id, deadline, status)"
                        + " values (:inspection, :text, :unit, :deadline, 'OPEN')")
                .param("inspection", inspectionId).param("text", r.text().trim()).param("unit", responsible)
                .param("deadline", r.deadline()).update();
    }

    private JdbcClient.StatementSpec filteredSpec(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params);
    }

    /** The filter's WHERE clause, to which a caller appends ordering and paging, or counts. */
    private FilteredQuery filtered(InspectionFilter filter, UnitRef unit) {
        StringBuilder where = new StringBuilder(" where tu.path like :prefix || '%' and ").append(IN_PERIOD);
        Map<String, Object> params = new HashMap<>(Map.of("prefix", unit.path(), "start", filter.period().start(), "end", filter.period().end()));
        addTypeAndStatus(filter, where, params);
        return new FilteredQuery(where, params);
    }

    private final class FilteredQuery {
        private final StringBuilder tail;
        private final Map<String, Object> params;

        FilteredQuery(StringBuilder where, Map<String, Object> params) {
            this.tail = where;
            this.params = params;
        }

        FilteredQuery append(Object text) {
            tail.append(text);
            return this;
        }

        JdbcClient.StatementSpec query() {
            return filteredSpec(INSPECTION_SELECT + tail, params);
        }

        int count() {
            return filteredSpec("select count(*) from inspection i join unit tu on tu.id = i.target_unit_id " + tail, params)
                    .query(Integer.class).single();
        }
    }

    private static void addTypeAndStatus(InspectionFilter filter, StringBuilder sql, Map<String, Object> params) {
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

    private static void add(long[] counts, long planned, long done) {
        counts[0] += planned;
        counts[1] += done;
    }

    private static List<ProgressReport.Line> lines(Map<String, long[]> map) {
        return map.entrySet().stream().map(e -> new ProgressReport.Line(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private Inspection inspection(ResultSet rs, int row) throws SQLException {
        return new Inspection(rs.getLong("id"), rs.getLong("version"), rs.getLong("plan_unit_id"), rs.getInt("plan_year"),
                unit(rs, "tu"), rs.getInt("planned_month"), date(rs, "planned_date"), InspectionType.valueOf(rs.getString("type")),
                rs.getString("topic_code"), rs.getString("team_lead"), rs.getString("members"),
                InspectionStatus.valueOf(rs.getString("status")), date(rs, "actual_date"), rs.getString("postpone_reason"),
                rs.getString("findings"), rs.getInt("rec_count"), rs.getInt("rec_open"));
    }

    private Recommendation recommendation(ResultSet rs, CurrentUser user) throws SQLException {
        UnitRef responsible = unit(rs, "ru");
        RecommendationStatus status = RecommendationStatus.valueOf(rs.getString("status"));
        boolean may = status == RecommendationStatus.OPEN && mayResolve(user, responsible);
        return new Recommendation(rs.getLong("id"), rs.getLong("version"), rs.getLong("inspection_id"), rs.getString("text"),
                responsible, date(rs, "deadline"), status, date(rs, "resolved_on"), rs.getString("evidence"),
                date(rs, "issued_on"), unit(rs, "tu"), rs.getString("topic_code"), may, rs.getString("status_by"));
    }

    /** The secretariat (and ADMIN), or the leader of the responsible unit itself — not of a unit above it. */
    private static boolean mayResolve(CurrentUser user, UnitRef responsible) {
        return user.hasRole(Roles.SECRETARIAT) || user.hasRole(Roles.ADMIN)
                || (user.hasRole(Roles.UNIT_LEADER) && Long.valueOf(responsible.id()).equals(user.scopeUnitId()));
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static UnitRef unit(ResultSet rs, String p) throws SQLException {
        return new UnitRef(rs.getLong(p + "_id"), rs.getString(p + "_code"), rs.getString(p + "_name"), rs.getString(p + "_name_en"),
                UnitTier.valueOf(rs.getString(p + "_tier")), rs.getString(p + "_kind"), rs.getObject(p + "_parent_id", Long.class),
                rs.getString(p + "_path"), rs.getInt(p + "_depth"), date(rs, p + "_valid_from"), date(rs, p + "_valid_to"));
    }
}
