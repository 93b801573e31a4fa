package vn.reformdesk.directives;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import vn.reformdesk.security.RoleRules;

/**
 * Reads of meetings and directives. A meeting is read by whoever may read its unit; a directive also by the
 * leaders of its responsible unit (they see what is addressed to them without seeing the whole meeting).
 */
@Service
@Transactional(readOnly = true)
public class DirectiveQueries {

    static final String MEETING_SELECT = "select m.id, m.unit_id, u.code, u.name, m.held_on, m.period_code, m.title, m.chair,"
            + " m.attendees, m.minutes_number, m.version from review_meeting m join unit u on u.id = m.unit_id";

    static final String DIRECTIVE_SELECT = "select d.id, d.meeting_id, d.seq, d.text, d.responsible_unit_id, ru.code as r_code,"
            + " ru.name as r_name, d.deadline, d.measure_id, coalesce(ev.status, 'OPEN') as status,"
            + " coalesce(ev.effective_on, m.held_on) as since, ev.evidence, ev.recorded_by as status_by, ev.comment as status_comment, " + DirectiveRules.OVERDUE + " as overdue,"
            + " m.held_on, m.title, m.unit_id as m_unit"
            + " from directive d join review_meeting m on m.id = d.meeting_id join unit ru on ru.id = d.responsible_unit_id"
            + DirectiveRules.EVENT_AS_OF;

    private final JdbcClient jdbc;
    private final UnitService units;
    private final CurrentUserService currentUser;

    DirectiveQueries(JdbcClient jdbc, UnitService units, CurrentUserService currentUser) {
        this.jdbc = jdbc;
        this.units = units;
        this.currentUser = currentUser;
    }

    public Meeting meeting(long id) {
        Meeting m = jdbc.sql(MEETING_SELECT + " where m.id = :id").param("id", id).query(DirectiveQueries::meeting).optional()
                .orElseThrow(() -> new NoSuchElementException("no meeting " + id));
        units.requireReadable(m.unitId());
        return m;
    }

    /** The meetings of the unit's committee, latest first. */
    public List<Meeting> meetings(UnitRef unit, int limit) {
        units.requireReadable(unit);
        return jdbc.sql(MEETING_SELECT + " where m.unit_id = :unit order by m.held_on desc, m.id desc limit :limit")
                .param("unit", unit.id()).param("limit", limit).query(DirectiveQueries::meeting).list();
    }

    /** The meeting held before this one by the same committee, if any. */
    public Optional<Meeting> previous(Meeting meeting) {
        units.requireReadable(meeting.unitId());
        return jdbc.sql(MEETING_SELECT + " where m.unit_id = :unit and (m.held_on < :day or (m.held_on = :day and m.id < :id))"
                        + " order by m.held_on desc, m.id desc limit 1")
                .param("unit", meeting.unitId()).param("day", meeting.heldOn()).param("id", meeting.id())
                .query(DirectiveQueries::meeting).optional();
    }

    /** The latest meeting of the unit's committee held on or before the day. */
    public Optional<Meeting> latest(UnitRef unit, LocalDate onOrBefore) {
        units.requireReadable(unit);
        return jdbc.sql(MEETING_SELECT + " where m.unit_id = :unit and m.held_on <= :day order by m.held_on desc, m.id desc limit 1")
                .param("unit", unit.id()).param("day", onOrBefore).query(DirectiveQueries::meeting).optional();
    }

    /** A meeting's directives in the order recorded, as of the day. */
    public List<Directive> directives(long meetingId, LocalDate asOf) {
        meeting(meetingId);
        return jdbc.sql(DIRECTIVE_SELECT + " where d.meeting_id = :meeting order by d.seq")
                .param("meeting", meetingId).param("asOf", asOf).query(DirectiveQueries::directive).list();
    }

    public Tally tally(long meetingId, LocalDate asOf) {
        meeting(meetingId);
        return jdbc.sql("select count(*) filter (where " + DirectiveRules.DONE + " and " + DirectiveRules.COUNTED + "),"
                        + " count(*) filter (where " + DirectiveRules.COUNTED + "), count(*) filter (where " + DirectiveRules.OVERDUE + ")"
                        + " from directive d join review_meeting m on m.id = d.meeting_id" + DirectiveRules.EVENT_AS_OF
                        + " where d.meeting_id = :meeting and " + DirectiveRules.EXISTS)
                .param("meeting", meetingId).param("asOf", asOf)
                .query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2), rs.getLong(3), asOf)).single();
    }

    /**
     * The directives addressed to the unit ({@code subtree}: or to any unit under it) from meetings held by the
     * day, overdue first, then by deadline; done and cancelled ones only with {@code includeDone}.
     */
    public List<Directive> addressedTo(UnitRef unit, boolean subtree, LocalDate asOf, boolean includeDone) {
        units.requireReadable(unit);
        return jdbc.sql(DIRECTIVE_SELECT + " where " + DirectiveRules.EXISTS
                        + (subtree ? " and ru.path like :path || '%'" : " and d.responsible_unit_id = :unit")
                        + (includeDone ? "" : " and coalesce(ev.status, 'OPEN') not in ('DONE', 'CANCELLED')")
                        + " order by " + DirectiveRules.OVERDUE + " desc, d.deadline, d.id")
                .param("asOf", asOf).param("path", unit.path()).param("unit", unit.id())
                .query(DirectiveQueries::directive).list();
    }

    /** One directive as of the day: readable by those who may read its meeting's unit or its responsible unit. */
    public Directive directive(long id, LocalDate asOf) {
        Directive d = jdbc.sql(DIRECTIVE_SELECT + " where d.id = :id").param("id", id).param("asOf", asOf)
                .query(DirectiveQueries::directive).optional().orElseThrow(() -> new NoSuchElementException("no directive " + id));
        requireReadable(d);
        return d;
    }

    public List<DirectiveEvent> history(long directiveId) {
        directive(directiveId, LocalDate.of(2100, 12, 31));
        return jdbc.sql("select status, effective_on, evidence, comment, recorded_at, recorded_by from directive_event"
                        + " where directive_id = :id order by effective_on desc, id desc")
                .param("id", directiveId)
                .query((rs, n) -> new DirectiveEvent(DirectiveStatus.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
                .list();
    }

    /** The secretariat reopens a done directive. */
    public boolean canReopen(Directive d) {
        return d.status() == DirectiveStatus.DONE
                && currentUser.find().map(RoleRules::keepsRecords).orElse(false);
    }

    /** The secretariat (and the chair) record meetings and directives. */
    public boolean canRecord() {
        return currentUser.find().map(RoleRules::recordsDirectives)
                .orElse(false);
    }

    /** The secretariat, and the leaders of the responsible unit, update a directive's status. */
    public boolean canUpdate(Directive d) {
        Optional<CurrentUser> user = currentUser.find();
        if (user.isEmpty()) {
            return false;
        }
        if (RoleRules.keepsRecords(user.get())) {
            return true;
        }
        return user.get().hasRole(Roles.UNIT_LEADER) && readable(d.responsibleUnitId());
    }

    void requireReadable(Directive d) {
        if (!readable(d.responsibleUnitId())) {
            units.requireReadable(d.meetingUnitId());
        }
    }

    static Meeting meeting(ResultSet rs, int n) throws SQLException {
        return new Meeting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getLong(11));
    }

    static Directive directive(ResultSet rs, int n) throws SQLException {
        return new Directive(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("seq"), rs.getString("text"),
                rs.getLong("responsible_unit_id"), rs.getString("r_code"), rs.getString("r_name"), rs.getDate("deadline").toLocalDate(),
                rs.getString("measure_id"), DirectiveStatus.valueOf(rs.getString("status")), rs.getDate("since").toLocalDate(),
                rs.getString("evidence"), rs.getBoolean("overdue"), rs.getDate("held_on").toLocalDate(), rs.getString("title"),
                rs.getLong("m_unit"), rs.getString("status_by"), rs.getString("status_comment"));
    }

    boolean readable(long unitId) {
        try {
            units.requireReadable(unitId);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }
}
