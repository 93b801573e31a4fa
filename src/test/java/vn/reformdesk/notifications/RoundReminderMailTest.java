package vn.reformdesk.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.Band;
import vn.reformdesk.rankings.Scale;
import vn.reformdesk.rankings.ScoringRoundService;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.UserService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestMail;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit that has not submitted its self-assessment near the round's deadline is reminded (in-app, and by mail
 * through a real SMTP server); a unit that submitted is not.
 */
@DatabaseTest
class RoundReminderMailTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 6, 6);

    @Autowired
    ReminderService reminders;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserService users;
    @Autowired
    IndexService indexes;
    @Autowired
    ScoringRoundService rounds;
    @Autowired
    TestUnits testUnits;
    @Autowired
    TestClock clock;

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.server();
    private JavaMailSenderImpl sender;

    @BeforeEach
    void startSmtp() {
        sender = TestMail.senderFor(smtp);
        clock.setToday(MONDAY);
    }

    @AfterEach
    void stop() {
        clock.reset();
    }

    @Test
    void aUnitThatHasNotSubmittedNearTheDeadlineIsRemindedAndOneThatSubmittedIsNot() throws Exception {
        TestUnits.Tree t = testUnits.province(2, 0, 0);
        UnitRef submitted = t.district(0);
        UnitRef late = t.district(1);
        String indexName = "Chỉ số CCHC cấp huyện " + t.province().code();
        IndexDef index = AsUser.call(AsUser.secretariat(), () -> {
            IndexDef i = indexes.define(t.province().id(), new IndexService.NewIndex("PAR-NH", 2025, indexName, null,
                    Set.of(UnitTier.DISTRICT), Scale.POINTS, List.of(new Band("Tốt", "Good", new BigDecimal("3"), "green"), new Band("Yếu", "Weak", BigDecimal.ZERO, "red"))));
            indexes.defineCriteria(i.id(), List.of(
                    new IndexService.CriterionRow(2, "1", "Công tác chỉ đạo, điều hành", null, new BigDecimal("4"), false),
                    new IndexService.CriterionRow(3, "1.1", "Ban hành kế hoạch cải cách hành chính năm đúng hạn", null, new BigDecimal("4"), false)));
            rounds.open(i.id(), LocalDate.of(2025, 5, 20), DEADLINE, LocalDate.of(2025, 6, 30));
            return indexes.get(i.id());
        });
        long leaf = AsUser.call(AsUser.chair(), () -> indexes.tree(index.id()).byCode("1.1").orElseThrow().id());
        AsUser.run(AsUser.leaderOf(submitted), () -> {
            rounds.saveSelf(index.id(), submitted.id(), leaf, new BigDecimal("3.5"), "Kế hoạch ban hành ngày 10/01, trễ 5 ngày");
            rounds.submit(index.id(), submitted.id());
        });
        CurrentUser lateLeader = TestMail.leader(users, "rl" + late.code(), late, "late-" + late.code() + "@example.vn", "en");
        CurrentUser doneLeader = TestMail.leader(users, "rd" + submitted.code(), submitted, "done-" + submitted.code() + "@example.vn", "vi");

        reminders.run(MONDAY, sender);

        // the unit that has not submitted: an alert in the application and a mail in its leader's language
        List<Notification> lateList = AsUser.call(lateLeader, () -> notifications.latest(10));
        assertThat(lateList).anySatisfy(n -> {
            assertThat(n.reason()).isEqualTo(Notification.Reason.DUE_SOON);
            assertThat(n.title()).isEqualTo(indexName + " 2025");
            assertThat(n.mailed()).isTrue();
        });
        List<MimeMessage> mails = TestMail.to(smtp, users, lateLeader);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getContent().toString()).contains("Reform index self-assessment: " + indexName + " 2025", "06/06/2025");
        // the unit that submitted: nothing about the round, in the application or by mail
        assertThat(AsUser.call(doneLeader, () -> notifications.latest(10))).noneSatisfy(n -> assertThat(n.title()).contains(indexName));
        assertThat(TestMail.to(smtp, users, doneLeader)).isEmpty();

        // after the deadline, still not submitted: overdue
        clock.setToday(DEADLINE.plusDays(1));
        reminders.run(DEADLINE.plusDays(1), null);
        assertThat(AsUser.call(lateLeader, () -> notifications.latest(10))).anySatisfy(n -> {
            assertThat(n.reason()).isEqualTo(Notification.Reason.OVERDUE);
            assertThat(n.title()).isEqualTo(indexName + " 2025");
        });
    }
}
