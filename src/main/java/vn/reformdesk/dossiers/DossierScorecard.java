package vn.reformdesk.dossiers;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.scorecard.FieldScorecard;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureDef;
import vn.reformdesk.scorecard.MeasureKind;
import vn.reformdesk.scorecard.Target;
import vn.reformdesk.scorecard.TargetLookup;
import vn.reformdesk.units.UnitRef;

import java.util.List;

/**
 * The dossiers field of a unit's scorecard, by the definitions of {@link DossierKpi} (records and reported
 * totals, as the dossier tiles): online share of received, early-or-on-time share of resolved, overdue at the
 * period's end. A unit with no dossier in the period has unknown figures, not 0%. Gaps in dossiers:
 * "online 43,0% against at least 50%: 7,0 points, about 95 dossiers short". Targets come from the
 * {@code targets} feature (see the decision record of 2026-11-30 on targets).
 */
@Component
class DossierScorecard implements FieldScorecard {

    static final String ONLINE = "dossiers.online-share";
    static final String ON_TIME = "dossiers.on-time-share";
    static final String OVERDUE = "dossiers.overdue";
    /** Targets of the dossier tiles only (set on the targets page, not yet measures of the review). */
    static final String LATE = "dossiers.late-share";
    /** Tile target: late and overdue dossiers without an apology letter ({@code Figures#needingApology}). */
    static final String NEEDING_APOLOGY = "dossiers.needing-apology";
    /** Measure: dossiers resolved late in the period without an apology letter ({@code Figures#lateWithoutApology}). */
    static final String LATE_NO_APOLOGY = "dossiers.late-no-apology";

    private final DossierKpiService kpis;
    private final ReportingClock clock;
    private final TargetLookup targets;
    private final vn.reformdesk.units.UnitService units;

    DossierScorecard(DossierKpiService kpis, ReportingClock clock, TargetLookup targets, vn.reformdesk.units.UnitService units) {
        this.units = units;
        this.kpis = kpis;
        this.clock = clock;
        this.targets = targets;
    }

    @Override
    public String field() {
        return "dossiers";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<MeasureDef> definitions() {
        return List.of(new MeasureDef(field(), ONLINE, "scorecard.dossiers.online", MeasureKind.PERCENT, Target.Comparison.AT_LEAST),
                new MeasureDef(field(), ON_TIME, "scorecard.dossiers.on-time", MeasureKind.PERCENT, Target.Comparison.AT_LEAST),
                new MeasureDef(field(), OVERDUE, "scorecard.dossiers.overdue", MeasureKind.COUNT, Target.Comparison.AT_MOST),
                new MeasureDef(field(), LATE, "scorecard.dossiers.late", MeasureKind.PERCENT, Target.Comparison.AT_MOST),
                new MeasureDef(field(), NEEDING_APOLOGY, "scorecard.dossiers.needing-apology", MeasureKind.COUNT,
                        Target.Comparison.AT_MOST),
                new MeasureDef(field(), LATE_NO_APOLOGY, "scorecard.dossiers.late-no-apology", MeasureKind.COUNT,
                        Target.Comparison.AT_MOST));
    }

    @Override
    public List<Measure> measures(UnitRef unit, Period period) {
        var asOf = clock.asOf(period);
        DossierKpiService.Summary summary = kpis.summary(units.readable(unit), period);
        Figures now = summary.current();
        Figures before = summary.previous();
        int year = period.year();
        Target online = targets.target(ONLINE, unit, year);
        Target onTime = targets.target(ON_TIME, unit, year);
        Target overdue = targets.target(OVERDUE, unit, year);
        return List.of(
                share(ONLINE, "scorecard.dossiers.online", "scorecard.dossiers.gap.online", now.onlinePct(), before.onlinePct(),
                        online, now.received(), asOf).withCounts(now.receivedOnline(), now.received()),
                share(ON_TIME, "scorecard.dossiers.on-time", "scorecard.dossiers.gap.on-time", now.earlyOrOnTimePct(),
                        before.earlyOrOnTimePct(), onTime, now.resolved(), asOf).withCounts(now.early() + now.onTime(), now.resolved()),
                count(now, before, overdue, asOf),
                lateWithoutApology(now, before, targets.target(LATE_NO_APOLOGY, unit, year), asOf));
    }

    /**
     * Dossiers resolved late in the period without an apology letter ({@link Figures#lateWithoutApology()}, the
     * rule that every late dossier gets one). Unknown when no unit of the scope gave its late dossiers.
     */
    private Measure lateWithoutApology(Figures now, Figures before, @Nullable Target target, java.time.LocalDate asOf) {
        Double actual = lateKnown(now) ? (double) now.lateWithoutApology() : null;
        Double previous = lateKnown(before) ? (double) before.lateWithoutApology() : null;
        boolean behind = actual != null && target != null && !target.isMetBy(actual);
        return new Measure(field(), LATE_NO_APOLOGY, "scorecard.dossiers.late-no-apology", List.of(), actual, target, previous,
                MeasureKind.COUNT, asOf, behind ? "scorecard.dossiers.gap.late-no-apology" : "",
                behind ? List.of(now.lateWithoutApology()) : List.of());
    }

    /**
     * The late dossiers are known: records only, a report that gave its late figure, or some late dossier counted.
     * When every report of the scope left it out and none was counted, it stays unknown, never 0.
     */
    private static boolean lateKnown(Figures f) {
        return hasData(f) && (f.reportedUnits() == 0 || f.coverage().missingLate() < f.reportedUnits() || f.late() > 0);
    }

    private Measure share(String id, String labelKey, String gapKey, @Nullable Double actual, @Nullable Double previous,
                          @Nullable Target target, long base, java.time.LocalDate asOf) {
        if (actual == null || target == null || target.isMetBy(actual)) {
            return new Measure(field(), id, labelKey, List.of(), actual, target, previous, MeasureKind.PERCENT, asOf, "", List.of());
        }
        double points = target.shortfall(actual);
        // the dossiers that would have closed the gap, of the figure's own base (received or resolved)
        long dossiers = Math.round(Math.ceil(points * base / 100.0 - 1e-9));
        return new Measure(field(), id, labelKey, List.of(), actual, target, previous, MeasureKind.PERCENT, asOf, gapKey,
                List.of(actual, target.value(), points, dossiers));
    }

    private Measure count(Figures now, Figures before, @Nullable Target target, java.time.LocalDate asOf) {
        Double actual = hasData(now) ? (double) now.overdue() : null;
        Double previous = hasData(before) ? (double) before.overdue() : null;
        boolean behind = actual != null && target != null && !target.isMetBy(actual);
        return new Measure(field(), OVERDUE, "scorecard.dossiers.overdue", List.of(), actual, target, previous, MeasureKind.COUNT,
                asOf, behind ? "scorecard.dossiers.gap.overdue" : "", behind ? List.of(now.overdue()) : List.of());
    }

    private static boolean hasData(Figures f) {
        return f.received() > 0 || f.resolved() > 0 || f.pending() > 0 || f.reportedUnits() > 0;
    }
}
