package vn.reformdesk.rankings;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.reformdesk.security.RoleRules;

/**
 * What a scoring round shows. The progress board: the committee, the secretariat and appraisers. A unit's
 * sheet, its history and its evidence files: those roles, or a leader whose scope contains the unit (never
 * another unit's, whatever the address asked for).
 */
@Service
@Transactional(readOnly = true)
public class ScoringRoundQueries {

    /** A unit that has not submitted is flagged for a reminder this many days before the self-assessment deadline. */
    static final int REMIND_DAYS = 7;

    private final RankingRepository rankings;
    private final RoundRepository rounds;
    private final RoundStatuses statuses;
    private final CurrentUserService currentUser;
    private final UnitService units;
    private final ReportingClock clock;

    ScoringRoundQueries(RankingRepository rankings, RoundRepository rounds, RoundStatuses statuses, CurrentUserService currentUser,
                        UnitService units, ReportingClock clock) {
        this.rankings = rankings;
        this.rounds = rounds;
        this.statuses = statuses;
        this.currentUser = currentUser;
        this.units = units;
        this.clock = clock;
    }

    public Optional<ScoringRound> round(long indexId) {
        currentUser.require();
        return rounds.round(indexId);
    }

    /** True for the roles that see every unit's round: CHAIR, SECRETARIAT, ADMIN and APPRAISER. */
    public boolean seesAllUnits() {
        CurrentUser user = currentUser.require();
        return RoleRules.seesEveryUnitsRound(user);
    }

    /** True when the caller appraises (APPRAISER or SECRETARIAT). */
    public boolean appraises() {
        CurrentUser user = currentUser.require();
        return RoleRules.appraises(user);
    }

    /** True when the caller is the unit's own leader, who self-assesses and answers. */
    public boolean isOwnLeader(UnitRef unit) {
        CurrentUser user = currentUser.require();
        return user.hasRole(Roles.UNIT_LEADER) && user.scopeUnitId() != null && user.scopeUnitId() == unit.id();
    }

    /** Every ranked unit of the year with its status and counts; reminders flagged near the deadline. */
    public List<RoundProgress> board(IndexDef index) {
        if (!seesAllUnits()) {
            throw new AccessDeniedException("the progress board is for the committee, the secretariat and appraisers");
        }
        Optional<ScoringRound> round = rounds.round(index.id());
        boolean nearDeadline = round.map(r -> {
            long days = ChronoUnit.DAYS.between(clock.today(), r.selfUntil());
            return days >= 0 && days <= REMIND_DAYS;
        }).orElse(false);
        return statuses.of(index).stream().map(s -> new RoundProgress(s.unit(), s.status(), s.scored(), s.leaves(), s.withoutEvidence(),
                s.appraised(), s.submittedAt(), s.leftOutReason(),
                nearDeadline && (s.status() == RoundStatus.NOT_STARTED || s.status() == RoundStatus.DRAFTING))).toList();
    }

    /** The unit's status in the round. */
    public RoundStatus status(IndexDef index, ReadableUnit readable) {
        UnitRef unit = readable.unit();
        return statuses.of(index).stream().filter(s -> s.unit().id() == unit.id()).findFirst()
                .map(RoundStatuses.UnitState::status).orElse(RoundStatus.NOT_STARTED);
    }

    /** The unit's sheet: every sub-criterion in the tree's order with its points, texts and files. */
    public List<RoundEntry> sheet(IndexDef index, ReadableUnit readable) {
        UnitRef unit = readable.unit();
        CriteriaTree tree = new CriteriaTree(rankings.criteria(index.id()));
        Map<Long, RankingRepository.ScoreRecord> scores = rankings.scores(index.id(), index.published()).stream()
                .filter(s -> s.unitId() == unit.id()).collect(Collectors.toMap(RankingRepository.ScoreRecord::criterionId, Function.identity()));
        Optional<ScoringRound> round = rounds.round(index.id());
        Map<Long, RoundRepository.EntryRecord> entries = round.map(r -> rounds.entries(r.id(), unit.id())).orElse(List.of()).stream()
                .collect(Collectors.toMap(RoundRepository.EntryRecord::criterionId, Function.identity()));
        Map<Long, List<Evidence>> files = round.map(r -> rounds.evidence(r.id(), unit.id())).orElse(List.of()).stream()
                .collect(Collectors.groupingBy(Evidence::criterionId));
        List<RoundEntry> result = new ArrayList<>();
        for (Criterion c : tree.leaves()) {
            RankingRepository.ScoreRecord s = scores.get(c.id());
            RoundRepository.EntryRecord e = entries.get(c.id());
            result.add(new RoundEntry(c, tree.areaOf(c), s == null ? null : s.self(), e == null ? null : e.explanation(),
                    files.getOrDefault(c.id(), List.of()), s == null ? null : s.appraised(), e == null ? null : e.appraisal(),
                    e == null ? null : e.appraisalReason(), e == null ? null : e.answer(), e == null ? null : e.decision(),
                    e == null ? null : e.decisionReason(), s == null ? null : s.survey()));
        }
        return result;
    }

    /** Every step of the unit's round, oldest first. */
    public List<RoundStep> history(IndexDef index, ReadableUnit readable) {
        UnitRef unit = readable.unit();
        return rounds.round(index.id()).map(r -> rounds.steps(r.id(), unit.id())).orElse(List.of());
    }

    /** An evidence file with its content, for download; only within the caller's scope. */
    public EvidenceFile evidence(UUID id) {
        Evidence e = rounds.evidence(id).orElseThrow(() -> new NoSuchElementException("no evidence " + id));
        UnitRef unit = rankings.unit(e.unitId()).orElseThrow();
        requireSheet(unit);
        return new EvidenceFile(e, rounds.evidenceContent(id));
    }

    private void requireSheet(UnitRef unit) {
        if (!seesAllUnits() && !units.canRead(unit)) {
            throw new AccessDeniedException("the round of unit " + unit.code() + " is outside your scope");
        }
    }
}
