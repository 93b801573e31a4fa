package vn.reformdesk.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import vn.reformdesk.plans.TaskDraft;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.reformdesk.inspections.InspectionForm;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.inspections.InspectionType;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.UserService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestMail;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders through a real SMTP server (GreenMail on a free port), read back as mails. */
@DatabaseTest
class ReminderMailTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);

    @Autowired
    ReminderService reminders;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserService users;
    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    InspectionQueries inspections;
    @Autowired
    RecommendationQueries recommendationQueries;
    @Autowired
    InspectionCommands inspectionCommands;
    @Autowired
    RecommendationCommands recommendationCommands;
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
    void aTaskDueInFiveDaysAndAnOverdueRecommendationMakeOneDigestInTheUsersLanguageAndNoneForADisabledAccount() throws Exception {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef commune = t.commune(0, 0);
        String taskTitle = "Niêm yết thủ tục hành chính tại bộ phận một cửa " + commune.code();
        String recText = "Cập nhật sổ theo dõi hồ sơ " + commune.code();
        AsUser.run(AsUser.secretariat(), () -> {
            var plan = planCommands.createPlan(t.district(0).id(), 2025, "7/KH-UBND", LocalDate.of(2025, 1, 15), "Kế hoạch CCHC 2025");
            planCommands.addTask(plan.id(), new TaskDraft("", taskTitle, plans.areas().getFirst().id(), commune.id(), List.of(),
                    MONDAY.plusDays(5), "Báo cáo", null));
            inspectionCommands.create(InspectionForm.planned(t.district(0).id(), 2025, commune.code(), 4, null, InspectionType.SCHEDULED,
                            "ONE_STOP", "Nguyễn Văn A", "")
                    .done(LocalDate.of(2025, 4, 10), "Còn thiếu sổ theo dõi",
                            List.of(InspectionForm.RecommendationForm.of(recText, commune.code(), LocalDate.of(2025, 5, 20)))));
        });
        CurrentUser english = TestMail.leader(users, "en" + commune.code(), commune, "leader-en-" + commune.code() + "@example.vn", "en");
        CurrentUser vietnamese = TestMail.leader(users, "vi" + commune.code(), commune, "leader-vi-" + commune.code() + "@example.vn", "vi");
        CurrentUser disabled = TestMail.leader(users, "off" + commune.code(), commune, "leader-off-" + commune.code() + "@example.vn", "vi");
        AsUser.run(AsUser.admin(), () -> users.setEnabled(disabled.id(), false, "admin"));

        ReminderRun run = reminders.run(MONDAY, sender);
        assertThat(run.digests()).isGreaterThanOrEqualTo(2);

        MimeMessage en = single(TestMail.to(smtp, users, english));
        assertThat(en.getSubject()).isEqualTo("ReformDesk – what " + commune.name() + " must do");
        String enBody = GreenMailUtil.getBody(en);
        String enText = decode(en);
        assertThat(enText).contains("Dear " + english.displayName(), "Overdue (1):", "Due in the next 7 days (1):",
                taskTitle, recText, "due 07/06/2025", "due 20/05/2025");
        assertThat(enText.indexOf(recText)).isLessThan(enText.indexOf(taskTitle));
        assertThat(enBody).isNotEmpty();

        MimeMessage vi = single(TestMail.to(smtp, users, vietnamese));
        assertThat(vi.getSubject()).isEqualTo("ReformDesk – Tổng hợp việc phải làm của " + commune.name());
        assertThat(decode(vi)).contains("Kính gửi", "Việc quá hạn (1):", taskTitle, recText, "hạn 07/06/2025");

        assertThat(TestMail.to(smtp, users, disabled)).isEmpty();

        // the in-app list holds the digest and the two alerts; a second run the same day sends nothing new
        List<Notification> list = AsUser.call(english, () -> notifications.latest(10));
        assertThat(list).extracting(Notification::reason)
                .containsExactlyInAnyOrder(Notification.Reason.DIGEST, Notification.Reason.OVERDUE, Notification.Reason.DUE_SOON);
        assertThat(list).allSatisfy(n -> assertThat(n.mailed()).isTrue());
        int before = smtp.getReceivedMessages().length;
        reminders.run(MONDAY, sender);
        assertThat(smtp.getReceivedMessages()).hasSize(before);

        // next day: nothing new for the digest reader who turned alerts off
        AsUser.run(vietnamese, () -> notifications.savePreferences(new NotificationPreferences(true, false, false)));
        reminders.run(MONDAY.plusDays(1), sender);
        assertThat(TestMail.to(smtp, users, vietnamese)).hasSize(1);
    }

    @Test
    void withoutAMailServerTheRemindersStayInTheApplication() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef commune = t.commune(0, 0);
        AsUser.run(AsUser.secretariat(), () -> {
            var plan = planCommands.createPlan(t.district(0).id(), 2025, "8/KH-UBND", LocalDate.of(2025, 1, 15), "Kế hoạch");
            planCommands.addTask(plan.id(), new TaskDraft("", "Việc sắp đến hạn", plans.areas().getFirst().id(), commune.id(),
                    List.of(), MONDAY.plusDays(3), "Báo cáo", null));
        });
        CurrentUser user = TestMail.leader(users, "app" + commune.code(), commune, "app-" + commune.code() + "@example.vn", "vi");
        AsUser.run(user, () -> notifications.savePreferences(new NotificationPreferences(false, true, true)));
        reminders.run(MONDAY, null);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        List<Notification> list = AsUser.call(user, () -> notifications.latest(10));
        assertThat(list).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(Notification.Reason.DUE_SOON);
            assertThat(n.title()).isEqualTo("Việc sắp đến hạn");
            assertThat(n.mailed()).isFalse();
        });
        assertThat(AsUser.call(user, () -> notifications.unread())).isEqualTo(1);
    }

    private static MimeMessage single(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static String decode(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }
}
