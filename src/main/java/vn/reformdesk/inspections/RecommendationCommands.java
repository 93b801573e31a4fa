package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.RoleRules;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What changes a recommendation: marked done on a date with its evidence (the secretariat, or the leader of the
 * responsible unit itself), or reopened (the secretariat only). Each change raises the version of the recommendation
 * and of its inspection; a save based on an older version is refused ({@link ConcurrentEditException}).
 */
@Service
@Transactional(readOnly = true)
public class RecommendationCommands {

    private final JdbcClient jdbc;
    private final UnitService units;
    private final CurrentUserService currentUser;
    private final ReportingClock clock;

    RecommendationCommands(JdbcTemplate jdbcTemplate, UnitService units, CurrentUserService currentUser, ReportingClock clock) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Reopens a recommendation that was done (the secretariat only), from {@code effectiveOn} (today when null) for
     * the reason given. It counts as done at every date before then, and as open from then on.
     */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    @Transactional
    public void reopen(long recommendationId, long version, String reason, @Nullable LocalDate effectiveOn) {
        CurrentUser user = currentUser.require();
        Recommendation rec = jdbc.sql(InspectionSql.RECOMMENDATION_SELECT + " where r.id = :id").param("id", recommendationId)
                .query((rs, n) -> InspectionSql.recommendation(rs, user)).optional()
                .orElseThrow(() -> new NoSuchElementException("no recommendation " + recommendationId));
        units.requireReadable(rec.responsible());
        if (rec.version() != version) {
            throw new ConcurrentEditException("recommendation", recommendationId);
        }
        if (rec.status() != RecommendationStatus.DONE) {
            throw UserFacingException.onField("status", "inspections.error.reopen-not-done");
        }
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.onField("reason", "inspections.error.reopen-reason");
        }
        LocalDate today = clock.today();
        LocalDate on = effectiveOn == null ? today : effectiveOn;
        if (on.isAfter(today) || (rec.resolvedOn() != null && on.isBefore(rec.resolvedOn()))) {
            throw UserFacingException.onField("reopenedOn", "inspections.error.reopen-date",
                    java.sql.Date.valueOf(rec.resolvedOn() == null ? today : rec.resolvedOn()), java.sql.Date.valueOf(today));
        }
        int n = jdbc.sql("update inspection_recommendation set status = 'OPEN', resolved_on = null, evidence = null,"
                        + " reopened_on = :on, reopen_reason = :reason, status_by = :by, version = version + 1"
                        + " where id = :id and version = :version")
                .param("on", on).param("reason", reason.trim()).param("by", user.username()).param("id", recommendationId)
                .param("version", version).update();
        if (n == 0) {
            throw new ConcurrentEditException("recommendation", recommendationId);
        }
        jdbc.sql("update inspection set version = version + 1 where id = :id").param("id", rec.inspectionId()).update();
    }

    /**
     * Marks a recommendation done on a date with its evidence. Allowed to the secretariat (and ADMIN) and to the
     * leader of the responsible unit itself — only their own recommendations.
     */
    @PreAuthorize(RoleRules.SIGNED_IN)
    @Transactional
    public void resolve(long recommendationId, long version, LocalDate on, String evidence) {
        CurrentUser user = currentUser.require();
        Recommendation rec = jdbc.sql(InspectionSql.RECOMMENDATION_SELECT + " where r.id = :id").param("id", recommendationId)
                .query((rs, n) -> InspectionSql.recommendation(rs, user)).optional()
                .orElseThrow(() -> new NoSuchElementException("no recommendation " + recommendationId));
        units.requireReadable(rec.responsible());
        if (!InspectionSql.mayResolve(user, rec.responsible())) {
            throw new AccessDeniedException("only the secretariat or the leader of " + rec.responsible().code() + " may resolve this");
        }
        if (rec.version() != version) {
            throw new ConcurrentEditException("recommendation", recommendationId);
        }
        List<InvalidInspectionException.Problem> problems = new ArrayList<>();
        if (rec.status() == RecommendationStatus.DONE) {
            problems.add(new InvalidInspectionException.Problem("status", "already-done"));
        }
        if (evidence == null || evidence.isBlank()) {
            problems.add(new InvalidInspectionException.Problem("evidence", "evidence-required"));
        }
        if (on == null) {
            problems.add(new InvalidInspectionException.Problem("resolvedOn", "resolved-on-required"));
        } else if (rec.issuedOn() != null && on.isBefore(rec.issuedOn())) {
            problems.add(new InvalidInspectionException.Problem("resolvedOn", "resolved-before-issued", rec.issuedOn()));
        } else if (on.isAfter(clock.today())) {
            problems.add(new InvalidInspectionException.Problem("resolvedOn", "resolved-in-future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInspectionException(problems);
        }
        int n = jdbc.sql("update inspection_recommendation set status = 'DONE', resolved_on = :on, evidence = :evidence,"
                        + " status_by = :by, version = version + 1 where id = :id and version = :version")
                .param("on", on).param("evidence", evidence.trim()).param("by", user.username()).param("id", recommendationId).param("version", version).update();
        if (n == 0) {
            throw new ConcurrentEditException("recommendation", recommendationId);
        }
        jdbc.sql("update inspection set version = version + 1 where id = :id").param("id", rec.inspectionId()).update();
    }
}
