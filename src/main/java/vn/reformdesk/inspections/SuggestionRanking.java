package vn.reformdesk.inspections;

import vn.reformdesk.units.UnitRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;

/**
 * Ranks candidate units for the next surprise inspections by their signals (own open and overdue
 * recommendations, and every published {@link vn.reformdesk.units.UnitIndicator}). For each signal the values
 * of the candidates are scaled to 0 (best) … 1 (worst) between the best and the worst candidate; a unit's
 * score is the mean over the signals it has a value for. Signals where all candidates are equal say nothing
 * and are left out. Units with score 0 are not suggested. Plain class: no Spring, no database.
 */
public final class SuggestionRanking {

    /** One signal's values per unit id; units without data are absent. */
    public record Signal(String id, String labelKey, boolean higherIsWorse, String suffix, Map<Long, Double> values) {
    }

    /** A signal's value for the suggested unit, with the candidates' average for comparison. */
    public record Evidence(String signalId, String labelKey, String suffix, double value, double average, double badness) {
    }

    /** A suggested unit with its score (0–1) and the numbers behind it, worst first. */
    public record Suggestion(UnitRef unit, double score, List<Evidence> evidence) {
    }

    private SuggestionRanking() {
    }

    public static List<Suggestion> rank(List<UnitRef> candidates, List<Signal> signals, int limit) {
        List<Signal> informative = new ArrayList<>();
        for (Signal s : signals) {
            DoubleSummaryStatistics stats = candidates.stream().map(u -> s.values().get(u.id()))
                    .filter(v -> v != null && !v.isNaN()).mapToDouble(Double::doubleValue).summaryStatistics();
            if (stats.getCount() > 0 && stats.getMax() > stats.getMin()) {
                informative.add(s);
            }
        }
        List<Suggestion> result = new ArrayList<>();
        for (UnitRef unit : candidates) {
            List<Evidence> evidence = new ArrayList<>();
            for (Signal s : informative) {
                Double v = s.values().get(unit.id());
                if (v == null || v.isNaN()) {
                    continue;
                }
                DoubleSummaryStatistics stats = candidates.stream().map(u -> s.values().get(u.id()))
                        .filter(x -> x != null && !x.isNaN()).mapToDouble(Double::doubleValue).summaryStatistics();
                double range = stats.getMax() - stats.getMin();
                double badness = s.higherIsWorse() ? (v - stats.getMin()) / range : (stats.getMax() - v) / range;
                evidence.add(new Evidence(s.id(), s.labelKey(), s.suffix(), v, stats.getAverage(), badness));
            }
            double score = evidence.stream().mapToDouble(Evidence::badness).average().orElse(0);
            if (score > 0) {
                evidence.sort(Comparator.comparingDouble(Evidence::badness).reversed());
                result.add(new Suggestion(unit, score, List.copyOf(evidence)));
            }
        }
        result.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(s -> s.unit().code()));
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : List.copyOf(result);
    }
}
