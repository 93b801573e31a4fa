package vn.reformdesk.inspections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.scorecard.FieldScorecard;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureDef;
import vn.reformdesk.scorecard.MeasureKind;
import vn.reformdesk.scorecard.Target;
import vn.reformdesk.scorecard.TargetLookup;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.List;

/**
 * The inspections field of a unit's scorecard ({@link ProgressReport}, {@link RecommendationRules}): inspected /
 * planned for the year by the period's cut-off for the unit's subtree (unknown when nothing was planned) and recommendations overdue as
 * of the cut-off. Gaps: "6 of 10 planned inspections done: 2 short"; "3 recommendations overdue".
 */
@Component
class InspectionScorecard implements FieldScorecard {

    static final String PROGRESS = "inspections.progress";
    static final String OVERDUE = "inspections.overdue-recommendations";

    private final InspectionQueries inspections;
    private final ReportingClock clock;
    private final TargetLookup targets;
    private final JdbcClient jdbc;
    private final UnitService units;

    InspectionScorecard(InspectionQueries inspections, ReportingClock clock, TargetLookup targets, JdbcClient jdbc, UnitService units) {
        this.inspections = inspections;
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
        this.targets = targets;
    }

    @Override
    public String field() {
        return "inspections";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<MeasureDef> definitions() {
        return List.of(new MeasureDef(field(), PROGRESS, "scorecard.inspections.progress", MeasureKind.PERCENT, Target.Comparison.AT_LEAST),
                new MeasureDef(field(), OVERDUE, "scorecard.inspections.overdue", MeasureKind.COUNT, Target.Comparison.AT_MOST));
    }

    /**
     * Inspected by the day / planned for the whole year, as the committee reports it ("6/10 units inspected, 60%
     * of plan; the rest in the last months"): the year's plan, not the months elapsed, is the denominator, and
     * only inspections held by the day count as done, so the figure at a past cut-off stays what it was.
     */
    ProgressReport.Line yearToDate(UnitRef unit, int year, LocalDate asOf) {
        units.requireReadable(unit);
        return jdbc.sql("select count(*) filter (where " + InspectionSql.PLANNED + "), count(*) filter (where "
                        + InspectionSql.DONE + " and i.actual_date <= :asOf)"
                        + " from inspection i join unit tu on tu.id = i.target_unit_id"
                        + " where tu.path like :prefix || '%' and i.plan_year = :year")
                .param("prefix", unit.path()).param("year", year).param("asOf", asOf)
                .query((rs, n) -> new ProgressReport.Line("", rs.getLong(1), rs.getLong(2))).single();
    }

    @Override
    public List<Measure> measures(UnitRef unit, Period period) {
        LocalDate asOf = clock.asOf(period);
        // only the recommendations of the progress report are read here: not its inspections by type and topic
        ProgressReport.RecommendationSummary recs = inspections.recommendations(unit, asOf);
        Period before = FieldScorecard.lastYear(period);
        ProgressReport.RecommendationSummary recsThen = before == null ? null
                : inspections.recommendations(unit, clock.isRunning(period) ? asOf.minusYears(1) : before.end());
        Target progressTarget = targets.target(PROGRESS, unit, period.year());
        Target overdueTarget = targets.target(OVERDUE, unit, period.year());
        ProgressReport.Line total = yearToDate(unit, period.year(), asOf);
        Double share = total.share();
        String gapKey = "";
        List<Object> gapArgs = List.of();
        if (share != null && progressTarget != null && !progressTarget.isMetBy(share)) {
            long needed = (long) Math.ceil(progressTarget.value() * total.planned() / 100.0 - 1e-9);
            gapKey = "scorecard.inspections.gap.progress";
            gapArgs = List.of(total.done(), total.planned(), Math.max(1, needed - total.done()), progressTarget.value());
        }
        Measure progress = new Measure(field(), PROGRESS, "scorecard.inspections.progress", List.of(), share, progressTarget,
                before == null ? null : yearToDate(unit, before.year(), clock.isRunning(period) ? asOf.minusYears(1) : before.end()).share(),
                MeasureKind.PERCENT, asOf, gapKey, gapArgs);
        if (share != null) {
            progress = progress.withCounts(total.done(), total.planned());
        }
        Double overdue = (double) recs.overdue();
        boolean behind = overdue != null && overdueTarget != null && !overdueTarget.isMetBy(overdue);
        Measure overdueMeasure = new Measure(field(), OVERDUE, "scorecard.inspections.overdue", List.of(), overdue, overdueTarget,
                recsThen == null ? null : (double) recsThen.overdue(),
                MeasureKind.COUNT, asOf, behind ? "scorecard.inspections.gap.overdue" : "", behind ? List.of(recs.overdue()) : List.of());
        return List.of(progress, overdueMeasure);
    }
}
