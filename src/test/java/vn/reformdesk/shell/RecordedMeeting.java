package vn.reformdesk.shell;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.directives.DirectiveForm;
import vn.reformdesk.directives.DirectiveService;
import vn.reformdesk.directives.Meeting;
import vn.reformdesk.directives.MeetingForm;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;

/**
 * A meeting of the demo province with one directive, for the checks that open a meeting's page (it needs a meeting's
 * id), and its removal afterwards so that the demo data stays as it was for the tests that follow.
 */
@Component
class RecordedMeeting {

    private final DirectiveService directives;
    private final UnitService units;
    private final JdbcTemplate jdbc;

    RecordedMeeting(DirectiveService directives, UnitService units, JdbcTemplate jdbc) {
        this.directives = directives;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** Records the meeting and its directive; answers the meeting's id. */
    long record() {
        UnitRef province = AsUser.call(AsUser.chair(), () -> units.findByCode("89", Period.year(2024)).orElseThrow());
        Meeting m = AsUser.call(AsUser.secretariat(), () -> directives.openMeeting(province, new MeetingForm(LocalDate.of(2024, 12, 20),
                "2024", "Họp tổng kết công tác CCHC năm 2024", "Chủ tịch UBND tỉnh", "Các thành viên Ban Chỉ đạo", "09/BB-BCĐ")));
        AsUser.run(AsUser.secretariat(), () -> directives.addDirective(m.id(), new DirectiveForm(
                "Nâng tỷ lệ hồ sơ nộp trực tuyến của các huyện lên tối thiểu 50% trong năm 2025", province.id(), LocalDate.of(2025, 12, 31), null)));
        return m.id();
    }

    /** Removes the meeting, its directives and their events. */
    void forget(long meetingId) {
        jdbc.update("delete from directive_event where directive_id in (select id from directive where meeting_id = ?)", meetingId);
        jdbc.update("delete from directive where meeting_id = ?", meetingId);
        jdbc.update("delete from review_meeting where id = ?", meetingId);
    }
}
