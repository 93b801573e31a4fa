package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.scorecard.FieldScorecard;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureDef;
import vn.reformdesk.scorecard.MeasureKind;
import vn.reformdesk.scorecard.Target;
import vn.reformdesk.scorecard.TargetLookup;
import vn.reformdesk.units.HistorySources;
import vn.reformdesk.units.UnitLineageService;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

/**
 * The plans field of a unit's scorecard: completion of the unit's own plan of the period's year and its overdue
 * tasks, read as of the period's cut-off ({@link PlanFigures}); without a plan both are unknown, never 0.
 * Gaps: "29 of 36 tasks done: 1 task short of 83%"; "2 plan tasks overdue".
 */
@Component
class PlanScorecard implements FieldScorecard {

    static final String COMPLETION = "plans.completion";
    static final String OVERDUE = "plans.overdue-tasks";

    private final PlanQueries plans;
    private final ReportingClock clock;
    private final TargetLookup targets;

    private final UnitLineageService lineage;

    PlanScorecard(PlanQueries plans, ReportingClock clock, TargetLookup targets, UnitLineageService lineage) {
        this.lineage = lineage;
        this.plans = plans;
        this.clock = clock;
        this.targets = targets;
    }

    @Override
    public String field() {
        return "plans";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<MeasureDef> definitions() {
        return List.of(new MeasureDef(field(), COMPLETION, "scorecard.plans.completion", MeasureKind.PERCENT, Target.Comparison.AT_LEAST),
                new MeasureDef(field(), OVERDUE, "scorecard.plans.overdue", MeasureKind.COUNT, Target.Comparison.AT_MOST));
    }

    @Override
    public List<Measure> measures(UnitRef unit, Period period) {
        LocalDate asOf = clock.asOf(period);
        Progress now = progress(unit, period.year(), asOf);
        Period before = FieldScorecard.lastYear(period);
        LocalDate thenAsOf = before == null ? null : clock.isRunning(period) ? asOf.minusYears(1) : before.end();
        Progress then = before == null ? null : progress(unit, before.year(), thenAsOf);
        if (then == null && before != null && !unit.validDuring(before)) {
            // a unit created by the 2025 reorganisation: last year's plans were its predecessors'. Whole merges
            // only: a plan's tasks cannot be split among the units an old one was divided into, so a unit that
            // took part of an old one has no comparison (unknown, not zero)
            HistorySources sources = lineage.sourcesFor(unit, before);
            if (sources.fromPredecessors() && !sources.approximate()) {
                then = plans.predecessorsProgress(unit, sources.sources(), before.year(), thenAsOf).orElse(null);
            }
        }
        Target completionTarget = targets.target(COMPLETION, unit, period.year());
        Target overdueTarget = targets.target(OVERDUE, unit, period.year());
        Double completion = now == null ? null : now.percent();
        Double overdue = now == null ? null : (double) now.overdue();
        String gapKey = "";
        List<Object> gapArgs = List.of();
        if (now != null && completion != null && completionTarget != null && !completionTarget.isMetBy(completion)) {
            long needed = (long) Math.ceil(completionTarget.value() * now.total() / 100.0 - 1e-9);
            gapKey = "scorecard.plans.gap.completion";
            gapArgs = List.of(now.done(), now.total(), Math.max(1, needed - now.done()), completionTarget.value());
        }
        Measure completionMeasure = new Measure(field(), COMPLETION, "scorecard.plans.completion", List.of(), completion,
                completionTarget, then == null ? null : then.percent(), MeasureKind.PERCENT, asOf, gapKey, gapArgs);
        if (now != null && completion != null) {
            completionMeasure = completionMeasure.withCounts(now.done(), now.total());
        }
        boolean overdueBehind = overdue != null && overdueTarget != null && !overdueTarget.isMetBy(overdue);
        Measure overdueMeasure = new Measure(field(), OVERDUE, "scorecard.plans.overdue", List.of(), overdue, overdueTarget,
                then == null ? null : (double) then.overdue(), MeasureKind.COUNT, asOf,
                overdueBehind ? "scorecard.plans.gap.overdue" : "", overdueBehind ? List.of(now.overdue()) : List.of());
        return List.of(completionMeasure, overdueMeasure);
    }

    private @Nullable Progress progress(UnitRef unit, int year, LocalDate asOf) {
        return plans.planOf(unit, year).map(p -> plans.progress(p.id(), asOf)).orElse(null);
    }
}
