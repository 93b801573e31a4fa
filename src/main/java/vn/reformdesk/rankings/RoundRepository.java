package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Plain SQL for scoring rounds, their entries, steps, evidence files and the units left out. */
@Repository
class RoundRepository {

    /** The texts of one unit × sub-criterion. */
    record EntryRecord(long unitId, long criterionId, @Nullable String explanation, @Nullable String appraisal,
                       @Nullable String appraisalReason, @Nullable String answer, @Nullable String decision,
                       @Nullable String decisionReason) {
    }

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ScoringRound> round(long indexId) {
        return jdbc.sql("select id, index_id, opens_on, self_until, answer_until from rk_round where index_id = ?").param(indexId)
                .query((rs, n) -> new ScoringRound(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(),
                        rs.getDate(5).toLocalDate())).optional();
    }

    long insertRound(long indexId, java.time.LocalDate opensOn, java.time.LocalDate selfUntil, java.time.LocalDate answerUntil, String by) {
        return jdbc.sql("insert into rk_round (index_id, opens_on, self_until, answer_until, created_by) values (?,?,?,?,?) returning id")
                .params(indexId, Date.valueOf(opensOn), Date.valueOf(selfUntil), Date.valueOf(answerUntil), by).query(Long.class).single();
    }

    // ---------- assessments

    /** Submitted time of every unit that has started (null = drafting). */
    Map<Long, Optional<OffsetDateTime>> assessments(long roundId) {
        return jdbc.sql("select unit_id, submitted_at from rk_assessment where round_id = ?").param(roundId)
                .query((rs, n) -> Map.entry(rs.getLong(1), Optional.ofNullable(rs.getObject(2, OffsetDateTime.class)))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void startAssessment(long roundId, long unitId) {
        jdbc.sql("insert into rk_assessment (round_id, unit_id) values (?,?) on conflict do nothing").params(roundId, unitId).update();
    }

    /** Locks the unit's self-assessment; false when it was already submitted. */
    boolean submit(long roundId, long unitId, String by) {
        return jdbc.sql("update rk_assessment set submitted_at = now(), submitted_by = ? where round_id = ? and unit_id = ? and submitted_at is null")
                .params(by, roundId, unitId).update() == 1;
    }

    // ---------- entries

    List<EntryRecord> entries(long roundId, @Nullable Long unitId) {
        String where = unitId == null ? "" : " and unit_id = " + unitId;
        return jdbc.sql("select unit_id, criterion_id, explanation, appraisal, appraisal_reason, answer, decision, decision_reason"
                        + " from rk_entry where round_id = ?" + where).param(roundId)
                .query((rs, n) -> new EntryRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8))).list();
    }

    Optional<EntryRecord> entry(long roundId, long unitId, long criterionId) {
        return entries(roundId, unitId).stream().filter(e -> e.criterionId() == criterionId).findFirst();
    }

    void saveExplanation(long roundId, long unitId, long criterionId, @Nullable String explanation) {
        jdbc.sql("insert into rk_entry (round_id, unit_id, criterion_id, explanation) values (?,?,?,?)"
                        + " on conflict (round_id, unit_id, criterion_id) do update set explanation = excluded.explanation")
                .params(roundId, unitId, criterionId, explanation).update();
    }

    void saveAppraisal(long roundId, long unitId, long criterionId, String appraisal, @Nullable String reason) {
        jdbc.sql("insert into rk_entry (round_id, unit_id, criterion_id, appraisal, appraisal_reason) values (?,?,?,?,?)"
                        + " on conflict (round_id, unit_id, criterion_id) do update set appraisal = excluded.appraisal,"
                        + " appraisal_reason = excluded.appraisal_reason")
                .params(roundId, unitId, criterionId, appraisal, reason).update();
    }

    boolean saveAnswer(long roundId, long unitId, long criterionId, String answer) {
        return jdbc.sql("update rk_entry set answer = ? where round_id = ? and unit_id = ? and criterion_id = ? and answer is null")
                .params(answer, roundId, unitId, criterionId).update() == 1;
    }

    boolean saveDecision(long roundId, long unitId, long criterionId, String decision, String reason) {
        return jdbc.sql("update rk_entry set decision = ?, decision_reason = ? where round_id = ? and unit_id = ? and criterion_id = ?"
                        + " and answer is not null and decision is null")
                .params(decision, reason, roundId, unitId, criterionId).update() == 1;
    }

    // ---------- points (revision 0, the draft)

    void saveSelfPoints(long indexId, long unitId, long criterionId, @Nullable BigDecimal points) {
        jdbc.sql("insert into rk_score (index_id, revision, unit_id, criterion_id, self_points) values (?,0,?,?,?)"
                        + " on conflict (index_id, revision, unit_id, criterion_id) do update set self_points = excluded.self_points")
                .params(indexId, unitId, criterionId, points).update();
    }

    void saveAppraisedPoints(long indexId, long unitId, long criterionId, BigDecimal points) {
        jdbc.sql("insert into rk_score (index_id, revision, unit_id, criterion_id, appraised_points) values (?,0,?,?,?)"
                        + " on conflict (index_id, revision, unit_id, criterion_id) do update set appraised_points = excluded.appraised_points")
                .params(indexId, unitId, criterionId, points).update();
    }

    // ---------- history

    void step(long roundId, long unitId, @Nullable Long criterionId, String step, @Nullable BigDecimal points, @Nullable String note, String by) {
        jdbc.sql("insert into rk_step (round_id, unit_id, criterion_id, step, points, note, done_by) values (?,?,?,?,?,?,?)")
                .params(roundId, unitId, criterionId, step, points, note, by).update();
    }

    List<RoundStep> steps(long roundId, long unitId) {
        return jdbc.sql("select c.code, s.step, s.points, s.note, s.done_by, s.done_at from rk_step s left join rk_criterion c on c.id = s.criterion_id"
                        + " where s.round_id = ? and s.unit_id = ? order by s.id")
                .params(roundId, unitId)
                .query((rs, n) -> new RoundStep(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class))).list();
    }

    // ---------- evidence

    UUID insertEvidence(long roundId, long unitId, long criterionId, String stage, String fileName, String mediaType, byte[] content,
                        String sha256, String by) {
        return jdbc.sql("insert into rk_evidence (round_id, unit_id, criterion_id, stage, file_name, media_type, size_bytes, sha256, content,"
                        + " uploaded_by) values (?,?,?,?,?,?,?,?,?,?) returning id")
                .params(roundId, unitId, criterionId, stage, fileName, mediaType, content.length, sha256, content, by)
                .query(UUID.class).single();
    }

    List<Evidence> evidence(long roundId, @Nullable Long unitId) {
        String where = unitId == null ? "" : " and unit_id = " + unitId;
        return jdbc.sql("select " + EVIDENCE_COLUMNS + " from rk_evidence where round_id = ?" + where + " order by uploaded_at, file_name")
                .param(roundId).query(RoundRepository::evidence).list();
    }

    Optional<Evidence> evidence(UUID id) {
        return jdbc.sql("select " + EVIDENCE_COLUMNS + " from rk_evidence where id = ?").param(id).query(RoundRepository::evidence).optional();
    }

    byte[] evidenceContent(UUID id) {
        return jdbc.sql("select content from rk_evidence where id = ?").param(id).query(byte[].class).single();
    }

    // ---------- left out

    Map<Long, String> leftOut(long indexId) {
        return jdbc.sql("select unit_id, reason from rk_left_out where index_id = ?").param(indexId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void leaveOut(long indexId, long unitId, String reason, String by) {
        jdbc.sql("insert into rk_left_out (index_id, unit_id, reason, left_by) values (?,?,?,?)"
                        + " on conflict (index_id, unit_id) do update set reason = excluded.reason, left_by = excluded.left_by, left_at = now()")
                .params(indexId, unitId, reason, by).update();
    }

    private static final String EVIDENCE_COLUMNS = "id, unit_id, criterion_id, stage, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private static Evidence evidence(ResultSet rs, int n) throws SQLException {
        return new Evidence(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getLong(7), rs.getString(8).trim(), rs.getString(9), rs.getObject(10, OffsetDateTime.class));
    }

    /** A round a unit must self-assess in: its index, its deadline and, once submitted, when. */
    record DueRound(long roundId, long indexId, String indexCode, int year, String indexName, java.time.LocalDate opensOn,
                    java.time.LocalDate selfUntil, @Nullable OffsetDateTime submittedAt) {
    }

    /**
     * The rounds of not yet published index years that rank this unit's tier in its province, opened by {@code asOf};
     * a unit left out of the year is not asked.
     */
    List<DueRound> dueRounds(String unitPath, String tier, long unitId, java.time.LocalDate asOf) {
        return jdbc.sql("select r.id, i.id, i.code, i.year, i.name, r.opens_on, r.self_until, a.submitted_at"
                        + " from rk_round r join rk_index i on i.id = r.index_id join unit p on p.id = i.province_id"
                        + " left join rk_assessment a on a.round_id = r.id and a.unit_id = :unit"
                        + " where :path like p.path || '%' and (',' || i.tiers || ',') like ('%,' || :tier || ',%')"
                        + " and r.opens_on <= :asOf"
                        + " and not exists (select 1 from rk_revision v where v.index_id = i.id)"
                        + " and not exists (select 1 from rk_left_out l where l.index_id = i.id and l.unit_id = :unit)"
                        + " order by r.self_until, i.code")
                .param("unit", unitId).param("path", unitPath).param("tier", tier).param("asOf", java.sql.Date.valueOf(asOf))
                .query((rs, n) -> new DueRound(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getObject(8, OffsetDateTime.class))).list();
    }
}
