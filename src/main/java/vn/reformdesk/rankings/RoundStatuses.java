package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where every unit of an index year stands, in one place (the progress board and publication both use it).
 * <ul>
 * <li>LEFT_OUT: left out by the secretariat, with a reason.</li>
 * <li>APPRAISED: every self-assessed sub-criterion has appraised points and no answer awaits a decision.
 * Without a round (scores imported by the secretariat) the same holds for the imported figures.</li>
 * <li>ANSWERED: the unit answered an appraisal and the appraiser has not decided yet.</li>
 * <li>SUBMITTED: locked, not appraised in full; DRAFTING: started, not submitted; NOT_STARTED: nothing yet.</li>
 * </ul>
 * A unit is ready for publication when it is LEFT_OUT, or APPRAISED with every survey sub-criterion scored:
 * a missing figure is never counted as 0 in a published ranking.
 */
@Component
class RoundStatuses {

    /** The state of one unit and its counts. */
    record UnitState(UnitRef unit, RoundStatus status, int scored, int leaves, int withoutEvidence, int appraised,
                     boolean surveyComplete, @Nullable OffsetDateTime submittedAt, @Nullable String leftOutReason) {
        boolean ready() {
            return status == RoundStatus.LEFT_OUT || (status == RoundStatus.APPRAISED && surveyComplete);
        }
    }

    private final RankingRepository rankings;
    private final RoundRepository rounds;

    RoundStatuses(RankingRepository rankings, RoundRepository rounds) {
        this.rankings = rankings;
        this.rounds = rounds;
    }

    /** Every unit the index ranks in its year, in code order. */
    List<UnitState> of(IndexDef index) {
        UnitRef province = rankings.unit(index.provinceId()).orElseThrow();
        List<UnitRef> units = rankings.rankableUnits(province.path(), index.tiers(), LocalDate.of(index.year(), 1, 1),
                LocalDate.of(index.year(), 12, 31));
        CriteriaTree tree = new CriteriaTree(rankings.criteria(index.id()));
        List<Criterion> assessed = tree.leaves().stream().filter(c -> !c.survey()).toList();
        Set<Long> surveyLeaves = tree.leaves().stream().filter(Criterion::survey).map(Criterion::id).collect(Collectors.toSet());
        Map<Long, Map<Long, RankingRepository.ScoreRecord>> scores = new HashMap<>();
        for (RankingRepository.ScoreRecord s : rankings.scores(index.id(), index.published())) {
            scores.computeIfAbsent(s.unitId(), k -> new HashMap<>()).put(s.criterionId(), s);
        }
        Map<Long, String> leftOut = rounds.leftOut(index.id());
        Optional<ScoringRound> round = rounds.round(index.id());
        Map<Long, Optional<OffsetDateTime>> assessments = round.map(r -> rounds.assessments(r.id())).orElse(Map.of());
        Map<Long, List<RoundRepository.EntryRecord>> entries = round.map(r -> rounds.entries(r.id(), null)).orElse(List.of()).stream()
                .collect(Collectors.groupingBy(RoundRepository.EntryRecord::unitId));
        Map<Long, Set<Long>> withFiles = round.map(r -> rounds.evidence(r.id(), null)).orElse(List.of()).stream()
                .filter(e -> e.stage().equals("SELF"))
                .collect(Collectors.groupingBy(Evidence::unitId, Collectors.mapping(Evidence::criterionId, Collectors.toSet())));

        List<UnitState> result = new ArrayList<>();
        for (UnitRef u : units) {
            Map<Long, RankingRepository.ScoreRecord> own = scores.getOrDefault(u.id(), Map.of());
            int scored = (int) assessed.stream().filter(c -> own.containsKey(c.id()) && own.get(c.id()).self() != null).count();
            int appraised = (int) assessed.stream().filter(c -> own.containsKey(c.id()) && own.get(c.id()).appraised() != null).count();
            Set<Long> files = withFiles.getOrDefault(u.id(), Set.of());
            int withoutEvidence = (int) assessed.stream().filter(c -> own.containsKey(c.id()) && own.get(c.id()).self() != null)
                    .filter(c -> !files.contains(c.id())).count();
            boolean surveyComplete = surveyLeaves.stream().allMatch(id -> own.containsKey(id) && own.get(id).survey() != null);
            boolean awaiting = entries.getOrDefault(u.id(), List.of()).stream().anyMatch(e -> e.answer() != null && e.decision() == null);
            Optional<OffsetDateTime> submitted = assessments.getOrDefault(u.id(), Optional.empty());
            RoundStatus status;
            if (leftOut.containsKey(u.id())) {
                status = RoundStatus.LEFT_OUT;
            } else if (awaiting) {
                status = RoundStatus.ANSWERED;
            } else if (appraised == assessed.size() && (round.isEmpty() || submitted.isPresent() || !own.isEmpty())) {
                status = RoundStatus.APPRAISED;
            } else if (submitted.isPresent()) {
                status = RoundStatus.SUBMITTED;
            } else if (assessments.containsKey(u.id()) || !own.isEmpty()) {
                status = round.isPresent() ? RoundStatus.DRAFTING : RoundStatus.SUBMITTED;
            } else {
                status = RoundStatus.NOT_STARTED;
            }
            result.add(new UnitState(u, status, scored, assessed.size(), withoutEvidence, appraised, surveyComplete,
                    submitted.orElse(null), leftOut.get(u.id())));
        }
        return result;
    }
}
