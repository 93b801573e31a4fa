package vn.reformdesk.directives;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import vn.reformdesk.security.RoleRules;

/**
 * Records meetings, directives and their status changes. The secretariat (or the chair) records a meeting and
 * its directives; the secretariat or a leader of the responsible unit changes a directive's status, stating
 * the day it took effect (not before the meeting, not after today). Changes are appended as events, never
 * edited, so the figures as of an earlier day do not move.
 */
@Service
@Transactional
public class DirectiveService {


    private final JdbcClient jdbc;
    private final UnitService units;
    private final DirectiveQueries queries;
    private final CurrentUserService currentUser;
    private final ReportingClock clock;

    DirectiveService(JdbcClient jdbc, UnitService units, DirectiveQueries queries, CurrentUserService currentUser, ReportingClock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(RoleRules.RECORDS_DIRECTIVES)
    public Meeting openMeeting(UnitRef unit, MeetingForm form) {
        units.requireReadable(unit);
        if (form.heldOn() == null || form.heldOn().isAfter(clock.today().plusYears(1))) {
            throw UserFacingException.onField("heldOn", "directives.error.held-on");
        }
        if (Period.parse(form.periodCode()).isEmpty()) {
            throw UserFacingException.onField("periodCode", "directives.error.period");
        }
        String title = trim(form.title(), 300);
        String chair = trim(form.chair(), 200);
        if (title.isEmpty()) {
            throw UserFacingException.onField("title", "directives.error.title");
        }
        if (chair.isEmpty()) {
            throw UserFacingException.onField("chair", "directives.error.chair");
        }
        long id = jdbc.sql("insert into review_meeting (unit_id, held_on, period_code, title, chair, attendees, minutes_number, created_by)"
                        + " values (:unit, :day, :period, :title, :chair, :attendees, :minutes, :by) returning id")
                .param("unit", unit.id()).param("day", form.heldOn()).param("period", form.periodCode()).param("title", title)
                .param("chair", chair).param("attendees", trim(form.attendees(), 4000)).param("minutes", trim(form.minutesNumber(), 100))
                .param("by", currentUser.require().username())
                .query(Long.class).single();
        return queries.meeting(id);
    }

    @PreAuthorize(RoleRules.RECORDS_DIRECTIVES)
    public void updateMinutes(long meetingId, long expectedVersion, String minutesNumber, String attendees) {
        Meeting m = queries.meeting(meetingId);
        int n = jdbc.sql("update review_meeting set minutes_number = :minutes, attendees = :attendees, version = version + 1"
                        + " where id = :id and version = :version")
                .param("minutes", trim(minutesNumber, 100)).param("attendees", trim(attendees, 4000)).param("id", m.id())
                .param("version", expectedVersion).update();
        if (n == 0) {
            throw new UserFacingException("directives.error.stale");
        }
    }

    /** Records a directive of the meeting for a unit within the meeting's unit; it is open from the meeting's day. */
    @PreAuthorize(RoleRules.RECORDS_DIRECTIVES)
    public Directive addDirective(long meetingId, DirectiveForm form) {
        Meeting meeting = queries.meeting(meetingId);
        String text = trim(form.text(), 2000);
        if (text.isEmpty()) {
            throw UserFacingException.onField("text", "directives.error.text");
        }
        if (form.responsibleUnitId() == null) {
            throw UserFacingException.onField("responsible", "directives.error.responsible");
        }
        UnitRef responsible = units.get(form.responsibleUnitId());
        UnitRef committee = units.get(meeting.unitId());
        if (!responsible.isWithin(committee)) {
            throw UserFacingException.onField("responsible", "directives.error.responsible");
        }
        if (form.deadline() == null || form.deadline().isBefore(meeting.heldOn())) {
            throw UserFacingException.onField("deadline", "directives.error.deadline");
        }
        String by = currentUser.require().username();
        long id = jdbc.sql("insert into directive (meeting_id, seq, text, responsible_unit_id, deadline, measure_id, created_by)"
                        + " values (:meeting, (select coalesce(max(seq), 0) + 1 from directive where meeting_id = :meeting),"
                        + " :text, :unit, :deadline, :measure, :by) returning id")
                .param("meeting", meetingId).param("text", text).param("unit", responsible.id()).param("deadline", form.deadline())
                .param("measure", form.measureId() == null || form.measureId().isBlank() ? null : form.measureId(), java.sql.Types.VARCHAR)
                .param("by", by).query(Long.class).single();
        jdbc.sql("insert into directive_event (directive_id, status, effective_on, recorded_by) values (:id, 'OPEN', :day, :by)")
                .param("id", id).param("day", meeting.heldOn()).param("by", by).update();
        return queries.directive(id, clock.today().isBefore(meeting.heldOn()) ? meeting.heldOn() : clock.today());
    }

    /** Records a status change that took effect on {@code effectiveOn}; DONE needs evidence. */
    public Directive changeStatus(long directiveId, DirectiveStatus status, @Nullable LocalDate effectiveOn, @Nullable String evidence,
                                  @Nullable String comment) {
        LocalDate today = clock.today();
        Directive d = queries.directive(directiveId, today);
        if (!queries.canUpdate(d)) {
            throw new AccessDeniedException("not allowed to update directive " + directiveId);
        }
        if (status == DirectiveStatus.CANCELLED && !queries.canRecord()) {
            throw new AccessDeniedException("only the committee cancels a directive");
        }
        if (d.status() == DirectiveStatus.DONE && status != DirectiveStatus.DONE) {
            // a done directive goes back only through reopen(): the secretariat, with a reason kept in the history
            throw UserFacingException.onField("status", "directives.error.reopen-secretariat");
        }
        if (effectiveOn == null || effectiveOn.isBefore(d.meetingDate()) || effectiveOn.isAfter(today)) {
            throw UserFacingException.onField("effectiveOn", "directives.error.effective-on");
        }
        String ev = evidence == null ? "" : evidence.trim();
        if (status == DirectiveStatus.DONE && ev.isEmpty()) {
            throw UserFacingException.onField("evidence", "directives.error.evidence");
        }
        jdbc.sql("insert into directive_event (directive_id, status, effective_on, evidence, comment, recorded_by)"
                        + " values (:id, :status, :day, :evidence, :comment, :by)")
                .param("id", directiveId).param("status", status.name()).param("day", effectiveOn)
                .param("evidence", ev.isEmpty() ? null : trim(ev, 2000), java.sql.Types.VARCHAR)
                .param("comment", comment == null || comment.isBlank() ? null : trim(comment, 2000), java.sql.Types.VARCHAR)
                .param("by", currentUser.require().username()).update();
        return queries.directive(directiveId, today);
    }

    /**
     * Reopens a done directive (the secretariat only): in progress again from {@code effectiveOn} (today when
     * null), for the reason given, which stays in its history. Figures as of the days before still count it done.
     */
    @PreAuthorize(RoleRules.KEEPS_RECORDS)
    public Directive reopen(long directiveId, @Nullable LocalDate effectiveOn, @Nullable String reason) {
        LocalDate today = clock.today();
        Directive d = queries.directive(directiveId, today);
        if (d.status() != DirectiveStatus.DONE) {
            throw UserFacingException.onField("status", "directives.error.reopen-not-done");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw UserFacingException.onField("reason", "directives.error.reopen-reason");
        }
        LocalDate on = effectiveOn == null ? today : effectiveOn;
        if (on.isBefore(d.statusSince()) || on.isAfter(today)) {
            throw UserFacingException.onField("effectiveOn", "directives.error.reopen-date", java.sql.Date.valueOf(d.statusSince()));
        }
        jdbc.sql("insert into directive_event (directive_id, status, effective_on, comment, recorded_by)"
                        + " values (:id, 'IN_PROGRESS', :day, :comment, :by)")
                .param("id", directiveId).param("day", on).param("comment", trim(why, 2000))
                .param("by", currentUser.require().username()).update();
        return queries.directive(directiveId, today);
    }

    private static String trim(@Nullable String s, int max) {
        String t = s == null ? "" : s.trim();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
