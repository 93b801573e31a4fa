package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.units.UnitIndicator;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import static vn.reformdesk.inspections.InspectionSql.DONE;
import static vn.reformdesk.inspections.InspectionSql.INSPECTION_SELECT;
import static vn.reformdesk.inspections.InspectionSql.IN_PERIOD;
import static vn.reformdesk.inspections.InspectionSql.PLANNED;
import static vn.reformdesk.inspections.InspectionSql.RESPONSIBLE_ITSELF;
import static vn.reformdesk.inspections.InspectionSql.TARGET_ITSELF;
import static vn.reformdesk.inspections.InspectionSql.RECOMMENDATION_SELECT;
import static vn.reformdesk.inspections.InspectionSql.add;
import static vn.reformdesk.inspections.InspectionSql.addTypeAndStatus;
import static vn.reformdesk.inspections.InspectionSql.filtered;
import static vn.reformdesk.inspections.InspectionSql.lines;
import static vn.reformdesk.inspections.InspectionSql.recommendation;
import static vn.reformdesk.inspections.RecommendationRules.DONE_ON_TIME;
import static vn.reformdesk.inspections.RecommendationRules.DUE_OR_DONE;
import static vn.reformdesk.inspections.RecommendationRules.ISSUED_BY;
import static vn.reformdesk.inspections.RecommendationRules.OPEN_AS_OF;
import static vn.reformdesk.inspections.RecommendationRules.OVERDUE_AS_OF;

/**
 * What the inspection pages show: the topics, the plan of inspections (list, calendar, one inspection with its
 * recommendations), progress and drill-down figures, and suggestions for the next surprise inspections. Reads are
 * limited to the caller's unit scope (a leader sees only inspections of units in their subtree).
 */
@Service
@Transactional(readOnly = true)
public class InspectionQueries {

    private static final Logger log = LoggerFactory.getLogger(InspectionQueries.class);

    private final JdbcClient jdbc;
    private final UnitService units;
    private final CurrentUserService currentUser;
    private final ObjectProvider<UnitIndicator> indicators;
    private final ReportingClock clock;

    InspectionQueries(JdbcTemplate jdbcTemplate, UnitService units, CurrentUserService currentUser,
                      ObjectProvider<UnitIndicator> indicators, ReportingClock clock) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.units = units;
        this.currentUser = currentUser;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** The date figures are "as of" for a period: its last day, or today while the period is running. */
    public LocalDate asOf(Period period) {
        return clock.asOf(period);
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
                        + " and cast(c.changed_at at time zone '" + ReportingClock.ZONE.getId() + "' as date) > :date order by c.changed_at, c.id limit 1),"
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

    /** A page of the inspections of the filter, by planned month, day and unit. */
    public List<Inspection> list(InspectionFilter filter, int offset, int limit) {
        UnitRef unit = units.get(filter.unitId());
        return filtered(jdbc, filter, unit).append(" order by i.plan_year, i.planned_month, coalesce(i.actual_date, i.planned_date) nulls last, tu.code, i.id")
                .append(" offset ").append(Math.max(0, offset)).append(" limit ").append(Math.max(0, limit)).query()
                .query(InspectionSql::inspection).list();
    }

    public int count(InspectionFilter filter) {
        UnitRef unit = units.get(filter.unitId());
        return filtered(jdbc, filter, unit).count();
    }

    /** Inspections shown on the days of the filter's period (the day held or planned, else the 1st of the planned month). */
    public List<Inspection> calendar(InspectionFilter filter) {
        UnitRef unit = units.get(filter.unitId());
        StringBuilder sql = new StringBuilder(INSPECTION_SELECT).append(" where tu.path like :prefix || '%'")
                .append(" and coalesce(i.actual_date, i.planned_date, make_date(i.plan_year, i.planned_month, 1)) between :start and :end");
        Map<String, Object> params = new HashMap<>(Map.of("prefix", unit.path(), "start", filter.period().start(), "end", filter.period().end()));
        addTypeAndStatus(filter, sql, params);
        sql.append(" order by coalesce(i.actual_date, i.planned_date, make_date(i.plan_year, i.planned_month, 1)), tu.code");
        return jdbc.sql(sql.toString()).params(params).query(InspectionSql::inspection).list();
    }

    public InspectionDetail get(long id) {
        Inspection inspection = jdbc.sql(INSPECTION_SELECT + " where i.id = :id").param("id", id).query(InspectionSql::inspection)
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
        List<Inspection> postponed = filtered(jdbc, InspectionFilter.of(unitId, period).withStatus(InspectionStatus.POSTPONED), unit)
                .append(" order by i.plan_year, i.planned_month, tu.code").query().query(InspectionSql::inspection).list();
        ProgressReport.RecommendationSummary recs = recommendationsOf(unit, asOf);
        return new ProgressReport(new ProgressReport.Line("", total[0], total[1]), lines(byType), lines(byTopic).stream()
                .filter(l -> l.planned() > 0 || l.done() > 0).toList(), postponed, cancelled[0], recs);
    }

    /** The recommendations of the unit's subtree as of the date, as {@link #progress} counts them. */
    public ProgressReport.RecommendationSummary recommendations(UnitRef unit, LocalDate asOf) {
        units.requireReadable(unit);
        return recommendationsOf(unit, asOf);
    }

    private ProgressReport.RecommendationSummary recommendationsOf(UnitRef unit, LocalDate asOf) {
        return jdbc.sql("select count(*), count(*) filter (where " + OPEN_AS_OF + "),"
                        + " count(*) filter (where " + OVERDUE_AS_OF + "), count(*) filter (where " + DONE_ON_TIME + "),"
                        + " count(*) filter (where " + DUE_OR_DONE + ")"
                        + " from inspection_recommendation r join inspection i on i.id = r.inspection_id"
                        + " join unit ru on ru.id = r.responsible_unit_id where ru.path like :prefix || '%' and " + ISSUED_BY)
                .param("prefix", unit.path()).param("asOf", asOf)
                .query((rs, n) -> new ProgressReport.RecommendationSummary(asOf, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5))).single();
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
}
