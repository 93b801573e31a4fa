package vn.reformdesk.directives;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.scorecard.AgendaItem;
import vn.reformdesk.scorecard.AgendaSource;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class DirectiveServiceTest {

    @Autowired
    DirectiveService service;
    @Autowired
    DirectiveQueries queries;
    @Autowired
    TestUnits testUnits;
    @Autowired
    TestClock clock;
    @Autowired
    List<AgendaSource> agendas;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theNextMeetingOpensWithThePreviousMeetingsDirectivesAndHowManyAreDoneAndPastFiguresNeverMove() {
        clock.setToday(LocalDate.of(2026, 7, 20));
        TestUnits.Tree t = testUnits.province(2, 1, 0);
        var d1 = t.district(0);
        var d2 = t.district(1);
        Meeting first = AsUser.call(AsUser.secretariat(), () -> service.openMeeting(t.province(),
                new MeetingForm(LocalDate.of(2026, 7, 10), "2026-H1", "Họp sơ kết 6 tháng", "Chủ tịch UBND tỉnh", "Các thành viên", "12/BB-BCĐ")));
        Directive a = AsUser.call(AsUser.secretariat(), () -> service.addDirective(first.id(),
                new DirectiveForm("Nâng tỷ lệ hồ sơ trực tuyến lên 50%", d1.id(), LocalDate.of(2026, 9, 30), "dossiers.online-share")));
        Directive b = AsUser.call(AsUser.secretariat(), () -> service.addDirective(first.id(),
                new DirectiveForm("Hoàn thành 3 nhiệm vụ quá hạn", d2.id(), LocalDate.of(2026, 8, 15), "plans.overdue-tasks")));
        assertThat(List.of(a.seq(), b.seq())).containsExactly(1, 2);
        assertThat(a.status()).isEqualTo(DirectiveStatus.OPEN);

        // the leader of the first district reports it done on 5 August, recorded on 20 August
        clock.setToday(LocalDate.of(2026, 8, 20));
        AsUser.run(AsUser.leaderOf(d1), () -> service.changeStatus(a.id(), DirectiveStatus.DONE, LocalDate.of(2026, 8, 5),
                "Báo cáo số 45/BC-UBND", "đạt 52%"));
        // … but may not touch the other district's
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(d1), () -> service.changeStatus(b.id(), DirectiveStatus.DONE,
                LocalDate.of(2026, 8, 5), "x", null))).isInstanceOf(AccessDeniedException.class);

        Meeting next = AsUser.call(AsUser.secretariat(), () -> service.openMeeting(t.province(),
                new MeetingForm(LocalDate.of(2026, 8, 20), "2026-9M", "Họp giao ban quý III", "Phó Chủ tịch UBND tỉnh", "", "")));
        Meeting previous = AsUser.call(AsUser.chair(), () -> queries.previous(next).orElseThrow());
        assertThat(previous.id()).isEqualTo(first.id());
        Tally now = AsUser.call(AsUser.chair(), () -> queries.tally(previous.id(), LocalDate.of(2026, 8, 20)));
        assertThat(now).isEqualTo(new Tally(1, 2, 1, LocalDate.of(2026, 8, 20)));   // b overdue since 15 August
        // as of 1 August nothing was done yet, and nothing overdue: the August report did not change that day
        assertThat(AsUser.call(AsUser.chair(), () -> queries.tally(previous.id(), LocalDate.of(2026, 8, 1))))
                .isEqualTo(new Tally(0, 2, 0, LocalDate.of(2026, 8, 1)));
        List<Directive> asOfNow = AsUser.call(AsUser.chair(), () -> queries.directives(previous.id(), LocalDate.of(2026, 8, 20)));
        assertThat(asOfNow.get(0).status()).isEqualTo(DirectiveStatus.DONE);
        assertThat(asOfNow.get(0).statusSince()).isEqualTo(LocalDate.of(2026, 8, 5));
        assertThat(asOfNow.get(0).evidence()).isEqualTo("Báo cáo số 45/BC-UBND");
        assertThat(asOfNow.get(1).overdue()).isTrue();
        assertThat(AsUser.call(AsUser.chair(), () -> queries.history(a.id()))).extracting(DirectiveEvent::status)
                .containsExactly(DirectiveStatus.DONE, DirectiveStatus.OPEN);

        // the responsible leader's page lists them through the agenda
        AgendaSource directives = agendas.stream().filter(s -> s.kind().equals("directive")).findFirst().orElseThrow();
        List<AgendaItem> open = AsUser.call(AsUser.leaderOf(d2), () -> directives.items(d2, LocalDate.of(2026, 8, 20), false));
        assertThat(open).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(AgendaItem.Status.OVERDUE);
            assertThat(i.deadline()).isEqualTo(LocalDate.of(2026, 8, 15));
            assertThat(i.route()).contains("directive=" + b.id());
        });
        assertThat(AsUser.call(AsUser.leaderOf(d1), () -> directives.items(d1, LocalDate.of(2026, 8, 20), true)))
                .extracting(AgendaItem::status).containsExactly(AgendaItem.Status.DONE);
        assertThat(AsUser.call(AsUser.leaderOf(d1), () -> directives.items(d1, LocalDate.of(2026, 8, 20), false))).isEmpty();
    }

    @Test
    void aDirectiveIsRefusedOnItsFieldWhenItMakesNoSense() {
        clock.setToday(LocalDate.of(2026, 7, 20));
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        TestUnits.Tree other = testUnits.province(1, 0, 0);
        Meeting m = AsUser.call(AsUser.secretariat(), () -> service.openMeeting(t.province(),
                new MeetingForm(LocalDate.of(2026, 7, 10), "2026-H1", "Họp", "Chủ tịch", "", "")));
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> service.addDirective(m.id(),
                new DirectiveForm("X", other.district(0).id(), LocalDate.of(2026, 9, 1), null))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("responsible"));
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> service.addDirective(m.id(),
                new DirectiveForm("X", t.district(0).id(), LocalDate.of(2026, 7, 1), null))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("deadline"));
        Directive d = AsUser.call(AsUser.secretariat(), () -> service.addDirective(m.id(),
                new DirectiveForm("X", t.district(0).id(), LocalDate.of(2026, 9, 1), null)));
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(t.district(0)), () -> service.changeStatus(d.id(), DirectiveStatus.DONE,
                LocalDate.of(2026, 7, 15), " ", null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("evidence"));
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(t.district(0)), () -> service.changeStatus(d.id(), DirectiveStatus.DONE,
                LocalDate.of(2026, 7, 21), "BC", null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("effectiveOn"));
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(t.district(0)), () -> service.openMeeting(t.district(0),
                new MeetingForm(LocalDate.of(2026, 7, 10), "2026-H1", "Họp", "Chủ tịch", "", ""))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(other.district(0)), () -> queries.meeting(m.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDoneDirectiveStaysListedWithWhoWhenAndEvidenceAndOnlyTheSecretariatReopensItWithAReasonKeptInItsHistory() {
        clock.setToday(LocalDate.of(2026, 7, 20));
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        var district = t.district(0);
        Meeting m = AsUser.call(AsUser.secretariat(), () -> service.openMeeting(t.province(),
                new MeetingForm(LocalDate.of(2026, 7, 10), "2026-H1", "Họp sơ kết", "Chủ tịch", "", "")));
        Directive d = AsUser.call(AsUser.secretariat(), () -> service.addDirective(m.id(),
                new DirectiveForm("Số hóa hồ sơ", district.id(), LocalDate.of(2026, 9, 30), null)));
        var leader = AsUser.leaderOf(district);
        var secretariat = AsUser.secretariat();
        clock.setToday(LocalDate.of(2026, 8, 20));
        AsUser.run(leader, () -> service.changeStatus(d.id(), DirectiveStatus.DONE, LocalDate.of(2026, 8, 5), "Báo cáo 45/BC-UBND", null));

        // done stays listed, with who, when and the evidence
        Directive done = AsUser.call(leader, () -> queries.addressedTo(district, false, LocalDate.of(2026, 8, 20), true)).getFirst();
        assertThat(done.status()).isEqualTo(DirectiveStatus.DONE);
        assertThat(done.statusSince()).isEqualTo(LocalDate.of(2026, 8, 5));
        assertThat(done.statusBy()).isEqualTo(leader.username());
        assertThat(done.evidence()).isEqualTo("Báo cáo 45/BC-UBND");
        assertThat(AsUser.call(leader, () -> queries.addressedTo(district, false, LocalDate.of(2026, 8, 20), false))).isEmpty();

        // the leader can neither reopen it nor set it back through a status change
        assertThatThrownBy(() -> AsUser.run(leader, () -> service.reopen(d.id(), null, "sai số liệu")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(leader, () -> service.changeStatus(d.id(), DirectiveStatus.IN_PROGRESS,
                LocalDate.of(2026, 8, 20), null, "mở lại")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThat(AsUser.call(leader, () -> queries.canReopen(done))).isFalse();
        // the chair reads but does not reopen
        assertThatThrownBy(() -> AsUser.run(AsUser.chair(), () -> service.reopen(d.id(), null, "x")))
                .isInstanceOf(AccessDeniedException.class);

        // the secretariat needs a reason and a day between the report and today
        assertThat(AsUser.call(AsUser.secretariat(), () -> queries.canReopen(done))).isTrue();
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> service.reopen(d.id(), null, " ")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> service.reopen(d.id(), LocalDate.of(2026, 8, 1), "x")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("effectiveOn"));
        Directive reopened = AsUser.call(secretariat, () -> service.reopen(d.id(), LocalDate.of(2026, 8, 18),
                "Minh chứng chưa đủ: thiếu số liệu tháng 7"));
        assertThat(reopened.status()).isEqualTo(DirectiveStatus.IN_PROGRESS);
        assertThat(reopened.statusNote()).isEqualTo("Minh chứng chưa đủ: thiếu số liệu tháng 7");
        assertThat(reopened.statusBy()).isEqualTo(secretariat.username());
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> service.reopen(d.id(), null, "again")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("status"));

        // kept in its history; the figures as of a day before the reopening still count it done
        List<DirectiveEvent> history = AsUser.call(AsUser.chair(), () -> queries.history(d.id()));
        assertThat(history).extracting(DirectiveEvent::status)
                .containsExactly(DirectiveStatus.IN_PROGRESS, DirectiveStatus.DONE, DirectiveStatus.OPEN);
        assertThat(history.getFirst().comment()).isEqualTo("Minh chứng chưa đủ: thiếu số liệu tháng 7");
        assertThat(history.getFirst().recordedBy()).isEqualTo(secretariat.username());
        assertThat(AsUser.call(AsUser.chair(), () -> queries.tally(m.id(), LocalDate.of(2026, 8, 10)).done())).isEqualTo(1);
        assertThat(AsUser.call(AsUser.chair(), () -> queries.tally(m.id(), LocalDate.of(2026, 8, 20)).done())).isZero();
        // the leader reports it done again
        AsUser.run(leader, () -> service.changeStatus(d.id(), DirectiveStatus.DONE, LocalDate.of(2026, 8, 20), "Báo cáo 52/BC-UBND", null));
        assertThat(AsUser.call(leader, () -> queries.directive(d.id(), LocalDate.of(2026, 8, 20)).evidence())).isEqualTo("Báo cáo 52/BC-UBND");
    }
}
