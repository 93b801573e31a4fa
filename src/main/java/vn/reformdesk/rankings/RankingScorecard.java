package vn.reformdesk.rankings;

import org.springframework.stereotype.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.scorecard.FieldScorecard;
import vn.reformdesk.scorecard.LocalizedName;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureDef;
import vn.reformdesk.scorecard.MeasureKind;
import vn.reformdesk.scorecard.Target;
import vn.reformdesk.scorecard.TargetLookup;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rankings field of a unit's scorecard: for every index of the period's year that ranks the unit's tier,
 * its score and rank among its tier in the province (published revisions only, as the rankings page shows
 * them to the caller). One target, {@code rankings.score}, holds for every index. Gap: "rank 6 of 11, down 2;
 * score 78,5 against at least 80". A unit not ranked has no measure for that index.
 */
@Component
class RankingScorecard implements FieldScorecard {

    static final String SCORE = "rankings.score";
    /** Prefix of the ids of the unit's rank in its tier, one per index. */
    static final String RANK = "rankings.rank";
    /** Prefix of the ids of the province's national results. */
    public static final String NATIONAL = "rankings.national.";

    private final IndexService indexes;
    private final RankingService rankings;
    private final RankingRepository repo;
    private final ReportingClock clock;
    private final TargetLookup targets;

    RankingScorecard(IndexService indexes, RankingService rankings, ReportingClock clock, TargetLookup targets, RankingRepository repo) {
        this.repo = repo;
        this.indexes = indexes;
        this.rankings = rankings;
        this.clock = clock;
        this.targets = targets;
    }

    @Override
    public String field() {
        return "rankings";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<MeasureDef> definitions() {
        return List.of(new MeasureDef(field(), SCORE, "scorecard.rankings.score", MeasureKind.PERCENT, Target.Comparison.AT_LEAST));
    }

    @Override
    public List<Measure> measures(UnitRef unit, Period period) {
        return measures(unit, period, new Shared());
    }

    /** The units' measures, each tier's ranking computed once for all of them (not once per unit). */
    @Override
    public Map<Long, List<Measure>> measures(List<UnitRef> units, Period period) {
        Shared shared = new Shared();
        Map<Long, List<Measure>> result = new LinkedHashMap<>();
        for (UnitRef unit : units) {
            result.put(unit.id(), measures(unit, period, shared));
        }
        return result;
    }

    /** What the measures of several units of one period, read by one user, have in common. */
    private static final class Shared {
        final Map<Long, List<IndexDef>> indexesOfProvince = new HashMap<>();
        final Map<RankingKey, RankingService.Ranking> rankings = new HashMap<>();
    }

    private record RankingKey(long index, UnitTier tier) {
    }

    private List<Measure> measures(UnitRef unit, Period period, Shared shared) {
        List<Measure> result = new ArrayList<>();
        long provinceId = rankings.provinceOf(unit);
        Target target = targets.target(SCORE, unit, period.year());
        for (IndexDef index : shared.indexesOfProvince.computeIfAbsent(provinceId, id -> indexes.indexes(id, period.year()))) {
            if (!index.tiers().contains(unit.tier())) {
                continue;
            }
            RankingService.Ranking ranking = shared.rankings.computeIfAbsent(new RankingKey(index.id(), unit.tier()),
                    k -> rankings.ranking(index, unit.tier(), rankings.province(index)));
            Optional<RankingService.RankingRow> row = ranking.visible() ? ranking.row(unit.id()) : Optional.empty();
            if (row.isEmpty()) {
                continue;
            }
            RankingService.RankingRow r = row.get();
            double score = r.score().doubleValue();
            RankingService.Change change = r.change();
            Double previous = change == null || change.scoreChange() == null ? null : r.score().subtract(change.scoreChange()).doubleValue();
            int moved = change == null || change.rankChange() == null ? 0 : change.rankChange();
            MeasureKind kind = index.scale() == Scale.PERCENT ? MeasureKind.PERCENT : MeasureKind.POINTS;
            boolean behind = target != null && !target.isMetBy(score);
            // the rank is always part of the gap: it is what the committee reads first
            String gapKey = !behind ? "" : moved > 0 ? "scorecard.rankings.gap.up" : moved < 0 ? "scorecard.rankings.gap.down"
                    : "scorecard.rankings.gap.same";
            List<Object> gapArgs = behind ? List.of(r.rank(), ranking.rows().size(), Math.abs(moved), score, target.value()) : List.of();
            result.add(new Measure(field(), SCORE + "." + index.code(), "scorecard.rankings.score-of", List.of(new LocalizedName(index.name(), index.nameEn())), score,
                    target, previous, kind, clock.asOf(period), gapKey, gapArgs));
            result.add(rank(index, r, ranking.rows().size(), period));
        }
        if (unit.tier() == vn.reformdesk.units.UnitTier.PROVINCE) {
            result.addAll(national(unit, period));
        }
        return result;
    }

    /**
     * The unit's place in its tier, always shown, whatever the score: "rank 6 of 11, down 2; 4,75 points lost
     * against last year". No target (a rank is relative); the trend reads the places moved, the points lost or
     * won are the score's change (points of the index's scale).
     */
    private Measure rank(IndexDef index, RankingService.RankingRow r, int ranked, Period period) {
        RankingService.Change change = r.change();
        Integer moved = change == null ? null : change.rankChange();
        Double previous = moved == null ? null : (double) (r.rank() + moved);
        String key;
        List<Object> args;
        if (change == null || change.isNew() || moved == null) {
            key = "scorecard.rankings.standing.new";
            args = List.of(r.rank(), ranked);
        } else {
            double points = change.scoreChange() == null ? 0 : change.scoreChange().doubleValue();
            key = "scorecard.rankings.standing." + (moved > 0 ? "up" : moved < 0 ? "down" : "same")
                    + (points < 0 ? ".lost" : ".won");
            args = List.of(r.rank(), ranked, Math.abs(moved), Math.abs(points));
        }
        return new Measure(field(), RANK + "." + index.code(), "scorecard.rankings.rank-of", List.of(new LocalizedName(index.name(), index.nameEn())), (double) r.rank(),
                null, previous, MeasureKind.RANK, clock.asOf(period), key, args);
    }

    /**
     * The province's national results (PAR INDEX, SIPAS, PAPI, 766): the latest result published for a year up
     * to the period's, its rank among the provinces (1 = best) and the rank of the year before; no target.
     */
    private List<Measure> national(UnitRef province, Period period) {
        List<NationalResult> all = rankings.national(province.id());
        List<NationalPart> parts = repo.nationalParts(province.id());
        List<Measure> result = new ArrayList<>();
        for (NationalResult.Kind kind : NationalResult.Kind.values()) {
            Optional<NationalResult> latest = all.stream().filter(r -> r.kind() == kind && r.year() <= period.year())
                    .max(java.util.Comparator.comparingInt(NationalResult::year));
            if (latest.isEmpty()) {
                continue;
            }
            NationalResult r = latest.get();
            Double previous = all.stream().filter(p -> p.kind() == kind && p.year() == r.year() - 1 && p.rank() != null)
                    .map(p -> (double) p.rank()).findFirst().orElse(null);
            result.add(new Measure(field(), NATIONAL + kind.name(), "scorecard.rankings.national." + kind.name(),
                    List.of(r.year(), r.value().doubleValue(), r.scaleMax().doubleValue(),
                            r.provinces() == null ? 0 : r.provinces()),
                    r.rank() == null ? null : (double) r.rank(), null, previous, MeasureKind.RANK, clock.asOf(period), "", List.of()));
            // its parts of the same year, each with the same part a year before; the part's own rank among the
            // provinces, where published, is the label's second argument (the sheets of the briefing pack show it)
            for (NationalPartRow p : NationalResultService.rows(parts)) {
                if (p.part().kind() != kind || p.part().year() != r.year()) {
                    continue;
                }
                boolean percent = kind == NationalResult.Kind.PAR_INDEX || kind == NationalResult.Kind.SIPAS;
                result.add(new Measure(field(), NATIONAL + kind.name() + ".part." + p.part().code(),
                        "rankings.national.measure." + kind.name() + "." + p.part().code(),
                        p.part().rank() == null ? List.of(r.year()) : List.of(r.year(), p.part().rank()), p.part().value().doubleValue(),
                        null, p.previous() == null ? null : p.previous().value().doubleValue(),
                        percent ? MeasureKind.PERCENT : MeasureKind.POINTS, clock.asOf(period), "", List.of()));
            }
        }
        return result;
    }
}
