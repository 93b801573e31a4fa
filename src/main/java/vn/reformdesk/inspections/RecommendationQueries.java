package vn.reformdesk.inspections;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import static vn.reformdesk.inspections.InspectionSql.RECOMMENDATION_SELECT;
import static vn.reformdesk.inspections.InspectionSql.RESPONSIBLE_ITSELF;
import static vn.reformdesk.inspections.InspectionSql.UNIT_COLS;
import static vn.reformdesk.inspections.InspectionSql.date;
import static vn.reformdesk.inspections.InspectionSql.recommendation;
import static vn.reformdesk.inspections.InspectionSql.unit;
import static vn.reformdesk.inspections.RecommendationRules.ISSUED_BY;
import static vn.reformdesk.inspections.RecommendationRules.OPEN_AS_OF;
import static vn.reformdesk.inspections.RecommendationRules.OVERDUE_AS_OF;
import static vn.reformdesk.inspections.RecommendationRules.RESOLVED_AS_OF;

/**
 * The recommendations of inspections as the lists and figures show them, as of a date (see {@link RecommendationRules}):
 * open and overdue ones, those behind a figure, those of one unit, the backlog per unit and a recommendation's status
 * events. Reads are limited to the caller's unit scope.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationQueries {

    private final JdbcClient jdbc;
    private final UnitService units;
    private final CurrentUserService currentUser;

    RecommendationQueries(JdbcTemplate jdbcTemplate, UnitService units, CurrentUserService currentUser) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.units = units;
        this.currentUser = currentUser;
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

    /** The status events of a recommendation, latest first. */
    public List<RecommendationEvent> statusEvents(long recommendationId) {
        CurrentUser user = currentUser.require();
        Recommendation rec = jdbc.sql(RECOMMENDATION_SELECT + " where r.id = :id").param("id", recommendationId)
                .query((rs, n) -> recommendation(rs, user)).optional()
                .orElseThrow(() -> new NoSuchElementException("no recommendation " + recommendationId));
        units.requireReadable(rec.responsible());
        return jdbc.sql("select e.status, e.effective_on, e.evidence, e.reason, e.recorded_at, e.recorded_by, u.display_name, e.superseded"
                        + " from recommendation_event e left join app_user u on u.username = e.recorded_by"
                        + " where e.recommendation_id = :id order by e.effective_on desc, e.id desc")
                .param("id", recommendationId)
                .query((rs, n) -> new RecommendationEvent(RecommendationStatus.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
                        rs.getString(3), rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class), rs.getString(6),
                        rs.getString(7), rs.getBoolean(8)))
                .list();
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
}
