package vn.reformdesk.inspections;

import org.junit.jupiter.api.Test;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The ranking of surprise-inspection candidates, with fake indicators standing for other features' ones. */
class SuggestionRankingTest {

    private static UnitRef unit(long id, String code) {
        return new UnitRef(id, code, "Huyện " + code, null, UnitTier.DISTRICT, "HUYEN", 1L, "/1/" + id + "/", 1, null, null);
    }

    private static final UnitRef A = unit(10, "A");
    private static final UnitRef B = unit(11, "B");
    private static final UnitRef C = unit(12, "C");

    @Test
    void withOnlyOwnSignalsTheUnitWithMostOverdueRecommendationsComesFirst() {
        var overdue = new SuggestionRanking.Signal("inspections.overdue", "k", true, "", Map.of(10L, 0.0, 11L, 4.0, 12L, 2.0));
        var open = new SuggestionRanking.Signal("inspections.open", "k", true, "", Map.of(10L, 1.0, 11L, 5.0, 12L, 5.0));
        List<SuggestionRanking.Suggestion> s = SuggestionRanking.rank(List.of(A, B, C), List.of(overdue, open), 10);
        // B: overdue 1.0, open 1.0 → 1.0; C: overdue 0.5, open 1.0 → 0.75; A: 0 and 0 → not suggested
        assertThat(s).extracting(x -> x.unit().code()).containsExactly("B", "C");
        assertThat(s.get(0).score()).isEqualTo(1.0);
        assertThat(s.get(1).score()).isEqualTo(0.75);
        assertThat(s.get(1).evidence()).extracting(SuggestionRanking.Evidence::signalId).containsExactly("inspections.open", "inspections.overdue");
        assertThat(s.get(1).evidence().get(1).average()).isEqualTo(2.0);
    }

    @Test
    void aLowerIsWorseIndicatorAndMissingValuesAreHandled() {
        // plan completion %: lower is worse; C has no figure
        var completion = new SuggestionRanking.Signal("plans.completion", "plans.x", false, "%", Map.of(10L, 50.0, 11L, 90.0));
        // dossier late rate: higher is worse
        var late = new SuggestionRanking.Signal("dossiers.late-rate", "dossiers.x", true, "%", Map.of(10L, 2.0, 11L, 6.0, 12L, 10.0));
        List<SuggestionRanking.Suggestion> s = SuggestionRanking.rank(List.of(A, B, C), List.of(completion, late), 10);
        // A: completion 1.0, late 0.0 → 0.5; B: 0.0 and 0.5 → 0.25; C: only late 1.0 → 1.0
        assertThat(s).extracting(x -> x.unit().code()).containsExactly("C", "A", "B");
        assertThat(s.get(1).score()).isCloseTo(0.5, within(1e-9));
        assertThat(s.get(2).score()).isCloseTo(0.25, within(1e-9));
        assertThat(s.get(0).evidence()).hasSize(1);
    }

    @Test
    void noIndicatorsOrEqualValuesSuggestNobodyAndTheLimitHolds() {
        assertThat(SuggestionRanking.rank(List.of(A, B, C), List.of(), 10)).isEmpty();
        var flat = new SuggestionRanking.Signal("x", "k", true, "", Map.of(10L, 3.0, 11L, 3.0, 12L, 3.0));
        assertThat(SuggestionRanking.rank(List.of(A, B, C), List.of(flat), 10)).isEmpty();
        var spread = new SuggestionRanking.Signal("y", "k", true, "", Map.of(10L, 1.0, 11L, 2.0, 12L, 3.0));
        assertThat(SuggestionRanking.rank(List.of(A, B, C), List.of(flat, spread), 1)).extracting(x -> x.unit().code()).containsExactly("C");
    }
}
