package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.UnitRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.reformdesk.security.RoleRules;

/**
 * The commands of a scoring round, in the order a province runs it:
 * <ol>
 * <li>the secretariat opens the round with its dates;</li>
 * <li>each unit's leader enters self-assessed points per sub-criterion with evidence files or a written
 * explanation (a draft until submitted), then submits: the self-assessment is locked;</li>
 * <li>an appraiser (APPRAISER, or a SECRETARIAT member) accepts each sub-criterion or changes its points with
 * a reason;</li>
 * <li>the unit may answer a changed appraisal once, until the answer deadline, with an explanation and new
 * evidence; the appraiser then keeps or changes the points, with a reason;</li>
 * <li>the secretariat publishes ({@link IndexService#publish}), which is refused while a unit is neither
 * appraised nor left out.</li>
 * </ol>
 * Every step is written to the unit's history ({@code rk_step}). Points live in the draft revision of
 * {@code rk_score}, so the ranking of a running round is computed like any other.
 */
@Service
@Transactional
public class ScoringRoundService {


    private final RankingRepository rankings;
    private final RoundRepository rounds;
    private final CurrentUserService currentUser;
    private final ReportingClock clock;
    private final EvidenceRules evidenceRules;

    ScoringRoundService(RankingRepository rankings, RoundRepository rounds, CurrentUserService currentUser, ReportingClock clock,
                        EvidenceRules evidenceRules) {
        this.rankings = rankings;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.clock = clock;
        this.evidenceRules = evidenceRules;
    }

    /** Opens the round of an index year: self-assessment from {@code opensOn} to {@code selfUntil}, answers until {@code answerUntil}. */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public ScoringRound open(long indexId, LocalDate opensOn, LocalDate selfUntil, LocalDate answerUntil) {
        IndexDef index = index(indexId);
        if (index.isPublished()) {
            throw new UserFacingException("rankings.error.published", String.valueOf(index.year()));
        }
        if (rounds.round(indexId).isPresent()) {
            throw new UserFacingException("rankings.round.exists", index.code(), String.valueOf(index.year()));
        }
        if (selfUntil.isBefore(opensOn)) {
            throw UserFacingException.onField("selfUntil", "rankings.round.dates");
        }
        if (answerUntil.isBefore(selfUntil)) {
            throw UserFacingException.onField("answerUntil", "rankings.round.answer-dates");
        }
        rounds.insertRound(indexId, opensOn, selfUntil, answerUntil, currentUser.require().username());
        return rounds.round(indexId).orElseThrow();
    }

    // ---------- self-assessment (the unit's own leader)

    /** Saves the self-assessed points and the explanation of one sub-criterion into the unit's draft. */
    public void saveSelf(long indexId, long unitId, long criterionId, @Nullable BigDecimal points, @Nullable String explanation) {
        ScoringRound round = selfAssessing(indexId, unitId);
        Criterion c = assessedLeaf(indexId, criterionId);
        if (points != null && (points.signum() < 0 || points.compareTo(c.max()) > 0)) {
            throw UserFacingException.onField("points", "rankings.round.points-range", c.code(), c.max().stripTrailingZeros().toPlainString());
        }
        String text = blankToNull(explanation);
        rounds.startAssessment(round.id(), unitId);
        rounds.saveSelfPoints(indexId, unitId, criterionId, points);
        rounds.saveExplanation(round.id(), unitId, criterionId, text);
        rounds.step(round.id(), unitId, criterionId, "SELF", points, text, currentUser.require().username());
    }

    /**
     * Attaches an evidence file to a sub-criterion: with the self-assessment while drafting, or with the
     * answer to a changed appraisal while answers are open. Refused: empty, too large, not a PDF, image or
     * office document by its content.
     */
    public Evidence attach(long indexId, long unitId, long criterionId, String fileName, byte[] content) {
        ScoringRound round = round(indexId);
        requireOwnLeader(unitId);
        assessedLeaf(indexId, criterionId);
        boolean submitted = submitted(round, unitId);
        String stage;
        if (!submitted) {
            selfAssessing(indexId, unitId);
            stage = "SELF";
        } else {
            requireAnswerable(round, unitId, criterionId);
            stage = "ANSWER";
        }
        String name = EvidenceRules.cleanName(fileName);
        String mediaType = evidenceRules.check(name, content);
        String sha = EvidenceRules.sha256(content);
        rounds.startAssessment(round.id(), unitId);
        UUID id = rounds.insertEvidence(round.id(), unitId, criterionId, stage, name, mediaType, content, sha, currentUser.require().username());
        rounds.step(round.id(), unitId, criterionId, "EVIDENCE", null, name + " (SHA-256 " + sha + ")", currentUser.require().username());
        return rounds.evidence(id).orElseThrow();
    }

    /**
     * Locks the unit's self-assessment. Every self-assessed sub-criterion needs points and either an
     * evidence file or a written explanation; the refusal names the sub-criteria that lack them.
     */
    public void submit(long indexId, long unitId) {
        ScoringRound round = selfAssessing(indexId, unitId);
        CriteriaTree tree = new CriteriaTree(rankings.criteria(indexId));
        Map<Long, RankingRepository.ScoreRecord> scores = scoresOf(indexId, unitId);
        Map<Long, RoundRepository.EntryRecord> entries = entriesOf(round, unitId);
        List<Long> withFiles = rounds.evidence(round.id(), unitId).stream().filter(e -> e.stage().equals("SELF")).map(Evidence::criterionId).toList();
        List<String> noPoints = tree.leaves().stream().filter(c -> !c.survey())
                .filter(c -> scores.get(c.id()) == null || scores.get(c.id()).self() == null).map(Criterion::code).toList();
        if (!noPoints.isEmpty()) {
            throw new UserFacingException("rankings.round.submit-missing-points", String.join(", ", noPoints));
        }
        List<String> noEvidence = tree.leaves().stream().filter(c -> !c.survey()).filter(c -> !withFiles.contains(c.id()))
                .filter(c -> entries.get(c.id()) == null || entries.get(c.id()).explanation() == null).map(Criterion::code).toList();
        if (!noEvidence.isEmpty()) {
            throw new UserFacingException("rankings.round.submit-missing-evidence", String.join(", ", noEvidence));
        }
        if (!rounds.submit(round.id(), unitId, currentUser.require().username())) {
            throw new UserFacingException("rankings.round.already-submitted");
        }
        rounds.step(round.id(), unitId, null, "SUBMIT", null, null, currentUser.require().username());
    }

    // ---------- appraisal

    /**
     * Appraises one sub-criterion of a submitted unit: {@code points} null or equal to the self-assessed
     * points accepts them; other points change them and need a reason. Possible until the unit answers.
     */
    @PreAuthorize(RoleRules.APPRAISES)
    public void appraise(long indexId, long unitId, long criterionId, @Nullable BigDecimal points, @Nullable String reason) {
        ScoringRound round = round(indexId);
        requireDraftIndex(indexId);
        if (!submitted(round, unitId)) {
            throw new UserFacingException("rankings.round.not-submitted");
        }
        Criterion c = assessedLeaf(indexId, criterionId);
        Optional<RoundRepository.EntryRecord> entry = rounds.entry(round.id(), unitId, criterionId);
        if (entry.isPresent() && entry.get().answer() != null) {
            throw new UserFacingException("rankings.round.already-answered");
        }
        BigDecimal self = Optional.ofNullable(scoresOf(indexId, unitId).get(criterionId)).map(RankingRepository.ScoreRecord::self).orElse(null);
        BigDecimal value = points == null ? self : points;
        if (value == null) {
            throw UserFacingException.onField("points", "rankings.round.points-required");
        }
        if (value.signum() < 0 || value.compareTo(c.max()) > 0) {
            throw UserFacingException.onField("points", "rankings.round.points-range", c.code(), c.max().stripTrailingZeros().toPlainString());
        }
        boolean changed = self == null || value.compareTo(self) != 0;
        String why = blankToNull(reason);
        if (changed && why == null) {
            throw UserFacingException.onField("reason", "rankings.round.reason-required");
        }
        rounds.saveAppraisedPoints(indexId, unitId, criterionId, value);
        rounds.saveAppraisal(round.id(), unitId, criterionId, changed ? "CHANGED" : "ACCEPTED", why);
        rounds.step(round.id(), unitId, criterionId, changed ? "APPRAISE_CHANGE" : "APPRAISE_ACCEPT", value, why, currentUser.require().username());
    }

    /** Accepts the self-assessed points of every sub-criterion of the unit that is not appraised yet. */
    @PreAuthorize(RoleRules.APPRAISES)
    public int acceptRest(long indexId, long unitId) {
        ScoringRound round = round(indexId);
        CriteriaTree tree = new CriteriaTree(rankings.criteria(indexId));
        Map<Long, RankingRepository.ScoreRecord> scores = scoresOf(indexId, unitId);
        int n = 0;
        for (Criterion c : tree.leaves()) {
            RankingRepository.ScoreRecord s = scores.get(c.id());
            if (!c.survey() && (s == null || s.appraised() == null)) {
                appraise(indexId, unitId, c.id(), null, null);
                n++;
            }
        }
        return n;
    }

    /** The unit's one answer to a changed appraisal, until the answer deadline. */
    public void answer(long indexId, long unitId, long criterionId, String text) {
        ScoringRound round = round(indexId);
        requireOwnLeader(unitId);
        requireAnswerable(round, unitId, criterionId);
        String answer = blankToNull(text);
        if (answer == null) {
            throw UserFacingException.onField("answer", "rankings.round.answer-required");
        }
        if (!rounds.saveAnswer(round.id(), unitId, criterionId, answer)) {
            throw new UserFacingException("rankings.round.already-answered");
        }
        rounds.step(round.id(), unitId, criterionId, "ANSWER", null, answer, currentUser.require().username());
    }

    /** The appraiser's decision on an answer: {@code points} null keeps the appraisal, other points change it; a reason always. */
    @PreAuthorize(RoleRules.APPRAISES)
    public void decide(long indexId, long unitId, long criterionId, @Nullable BigDecimal points, String reason) {
        ScoringRound round = round(indexId);
        requireDraftIndex(indexId);
        Criterion c = assessedLeaf(indexId, criterionId);
        String why = blankToNull(reason);
        if (why == null) {
            throw UserFacingException.onField("reason", "rankings.round.reason-required");
        }
        BigDecimal current = Optional.ofNullable(scoresOf(indexId, unitId).get(criterionId)).map(RankingRepository.ScoreRecord::appraised).orElse(null);
        boolean changed = points != null && (current == null || points.compareTo(current) != 0);
        if (changed && (points.signum() < 0 || points.compareTo(c.max()) > 0)) {
            throw UserFacingException.onField("points", "rankings.round.points-range", c.code(), c.max().stripTrailingZeros().toPlainString());
        }
        if (!rounds.saveDecision(round.id(), unitId, criterionId, changed ? "CHANGED" : "KEPT", why)) {
            throw new UserFacingException("rankings.round.nothing-to-decide");
        }
        if (changed) {
            rounds.saveAppraisedPoints(indexId, unitId, criterionId, points);
        }
        rounds.step(round.id(), unitId, criterionId, changed ? "DECIDE_CHANGE" : "DECIDE_KEEP", changed ? points : current, why,
                currentUser.require().username());
    }

    // ---------- publication

    /** Leaves a unit out of the year's ranking, with the reason shown in the ranking. */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public void leaveOut(long indexId, long unitId, String reason) {
        requireDraftIndex(indexId);
        String why = blankToNull(reason);
        if (why == null) {
            throw UserFacingException.onField("reason", "rankings.round.reason-required");
        }
        rankings.unit(unitId).orElseThrow();
        rounds.leaveOut(indexId, unitId, why, currentUser.require().username());
        rounds.round(indexId).ifPresent(r -> rounds.step(r.id(), unitId, null, "LEFT_OUT", null, why, currentUser.require().username()));
    }

    // ---------- rules

    private ScoringRound selfAssessing(long indexId, long unitId) {
        ScoringRound round = round(indexId);
        requireOwnLeader(unitId);
        requireDraftIndex(indexId);
        IndexDef index = index(indexId);
        UnitRef province = rankings.unit(index.provinceId()).orElseThrow();
        if (rankings.rankableUnits(province.path(), index.tiers(), LocalDate.of(index.year(), 1, 1), LocalDate.of(index.year(), 12, 31))
                .stream().noneMatch(u -> u.id() == unitId)) {
            throw new UserFacingException("rankings.round.unit-not-ranked", index.code(), String.valueOf(index.year()));
        }
        if (!round.selfAssessmentOpen(clock.today())) {
            throw new UserFacingException("rankings.round.closed", java.sql.Date.valueOf(round.opensOn()), java.sql.Date.valueOf(round.selfUntil()));
        }
        if (submitted(round, unitId)) {
            throw new UserFacingException("rankings.round.already-submitted");
        }
        return round;
    }

    private void requireAnswerable(ScoringRound round, long unitId, long criterionId) {
        Optional<RoundRepository.EntryRecord> entry = rounds.entry(round.id(), unitId, criterionId);
        if (entry.isEmpty() || !"CHANGED".equals(entry.get().appraisal())) {
            throw new UserFacingException("rankings.round.nothing-to-answer");
        }
        if (entry.get().answer() != null) {
            throw new UserFacingException("rankings.round.already-answered");
        }
        if (!round.answersOpen(clock.today())) {
            throw new UserFacingException("rankings.round.answers-closed", java.sql.Date.valueOf(round.answerUntil()));
        }
    }

    /** Only the unit's own leader enters its self-assessment and answers (not a leader above it, not the committee). */
    private void requireOwnLeader(long unitId) {
        CurrentUser user = currentUser.require();
        if (!user.hasRole(Roles.UNIT_LEADER) || user.scopeUnitId() == null || user.scopeUnitId() != unitId) {
            throw new AccessDeniedException("only the leader of unit " + unitId + " self-assesses it");
        }
    }

    private void requireDraftIndex(long indexId) {
        IndexDef index = index(indexId);
        if (index.isPublished()) {
            throw new UserFacingException("rankings.error.published", String.valueOf(index.year()));
        }
    }

    private Criterion assessedLeaf(long indexId, long criterionId) {
        CriteriaTree tree = new CriteriaTree(rankings.criteria(indexId));
        Criterion c = tree.get(criterionId);
        if (c == null || !tree.isLeaf(c) || c.survey()) {
            throw new UserFacingException("rankings.round.not-assessed", c == null ? String.valueOf(criterionId) : c.code());
        }
        return c;
    }

    private boolean submitted(ScoringRound round, long unitId) {
        Optional<java.time.OffsetDateTime> at = rounds.assessments(round.id()).getOrDefault(unitId, Optional.empty());
        return at.isPresent();
    }

    private ScoringRound round(long indexId) {
        IndexDef index = index(indexId);
        return rounds.round(indexId).orElseThrow(() -> new UserFacingException("rankings.round.none", index.code(), String.valueOf(index.year())));
    }

    private IndexDef index(long indexId) {
        return rankings.findIndex(indexId).orElseThrow();
    }

    private Map<Long, RankingRepository.ScoreRecord> scoresOf(long indexId, long unitId) {
        return rankings.scores(indexId, 0).stream().filter(s -> s.unitId() == unitId)
                .collect(java.util.stream.Collectors.toMap(RankingRepository.ScoreRecord::criterionId, s -> s));
    }

    private Map<Long, RoundRepository.EntryRecord> entriesOf(ScoringRound round, long unitId) {
        return rounds.entries(round.id(), unitId).stream()
                .collect(java.util.stream.Collectors.toMap(RoundRepository.EntryRecord::criterionId, e -> e));
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
