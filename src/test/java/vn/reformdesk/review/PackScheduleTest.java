package vn.reformdesk.review;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestMail;
import vn.reformdesk.support.TestUnits;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class PackScheduleTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.server();

    @Autowired
    PackScheduleService service;
    @Autowired
    vn.reformdesk.units.UnitService unitService;
    @Autowired
    TestUnits testUnits;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMonthlyPackIsMadeTheDayAfterTheMonthEndsKeptAndMailedOnce() throws Exception {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        AsUser.run(AsUser.secretariat(), () -> service.schedule(t.province(), PackSchedule.Frequency.MONTH,
                "chutich@example.gov.vn, tgv@example.gov.vn", true, "secretariat"));
        JavaMailSenderImpl sender = TestMail.senderFor(smtp);
        clock.setToday(LocalDate.of(2026, 12, 1));

        List<KeptPack> made = AsUser.call(AsUser.admin(), () -> service.runDue(LocalDate.of(2026, 12, 1), sender));
        KeptPack pack = made.stream().filter(p -> p.unitId() == t.province().id()).findFirst().orElseThrow();
        assertThat(pack.periodCode()).isEqualTo("2026-M11");
        assertThat(pack.madeOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(pack.mailedTo()).isEqualTo("chutich@example.gov.vn, tgv@example.gov.vn");

        MimeMessage[] received = smtp.getReceivedMessages();
        List<MimeMessage> ours = java.util.Arrays.stream(received).filter(m -> {
            try {
                return m.getSubject().contains(t.province().name());
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertThat(ours).hasSize(2);   // one copy per recipient mailbox
        assertThat(ours.getFirst().getSubject()).contains("Tháng 11/2026");
        Multipart parts = (Multipart) ours.getFirst().getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(1).getFileName()).endsWith("2026-M11.pdf");
        assertThat(parts.getBodyPart(2).getFileName()).endsWith("2026-M11.xlsx");

        // kept for download, and not made twice
        byte[] pdf = AsUser.call(AsUser.chair(), () -> service.file(pack.id(), true));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(AsUser.call(AsUser.admin(), () -> service.runDue(LocalDate.of(2026, 12, 2), sender)))
                .noneMatch(p -> p.unitId() == t.province().id());
        assertThat(AsUser.call(AsUser.chair(), () -> service.kept(unitService.readable(t.province()), 10))).extracting(KeptPack::periodCode).containsExactly("2026-M11");
        // without mail configured the pack is still made and kept
        TestUnits.Tree u = testUnits.province(1, 0, 0);
        AsUser.run(AsUser.secretariat(), () -> service.schedule(u.province(), PackSchedule.Frequency.QUARTER, "a@example.gov.vn", true, "s"));
        KeptPack quarter = AsUser.call(AsUser.admin(), () -> service.runDue(LocalDate.of(2026, 12, 2), null)).stream()
                .filter(p -> p.unitId() == u.province().id()).findFirst().orElseThrow();
        assertThat(quarter.periodCode()).isEqualTo("2026-Q3");
        assertThat(quarter.mailedTo()).isNull();
    }

    @Test
    void theSecretariatSetsSchedulesWithValidAddressesOnly() {
        TestUnits.Tree t = testUnits.province(1, 0, 0);
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> service.schedule(t.province(), PackSchedule.Frequency.YEAR,
                "khong-phai-thu", true, "s"))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(t.district(0)), () -> service.schedule(t.district(0), PackSchedule.Frequency.YEAR,
                "a@b.vn", true, "s"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLastEndedPeriodOfEachKind() {
        assertThat(PackScheduleService.lastEnded(PackSchedule.Frequency.MONTH, LocalDate.of(2026, 11, 15))).isEqualTo(Period.month(2026, 10));
        assertThat(PackScheduleService.lastEnded(PackSchedule.Frequency.MONTH, LocalDate.of(2026, 1, 1))).isEqualTo(Period.month(2025, 12));
        assertThat(PackScheduleService.lastEnded(PackSchedule.Frequency.QUARTER, LocalDate.of(2026, 10, 1))).isEqualTo(Period.quarter(2026, 3));
        assertThat(PackScheduleService.lastEnded(PackSchedule.Frequency.QUARTER, LocalDate.of(2026, 9, 30))).isEqualTo(Period.quarter(2026, 2));
        assertThat(PackScheduleService.lastEnded(PackSchedule.Frequency.HALF, LocalDate.of(2026, 7, 1))).isEqualTo(Period.half(2026, 1));
        assertThat(PackScheduleService.lastEnded(PackSchedule.Frequency.HALF, LocalDate.of(2026, 3, 1))).isEqualTo(Period.half(2025, 2));
        assertThat(PackScheduleService.lastEnded(PackSchedule.Frequency.YEAR, LocalDate.of(2027, 1, 1))).isEqualTo(Period.year(2026));
        assertThat(PackScheduleService.lastEnded(PackSchedule.Frequency.YEAR, LocalDate.of(2026, 12, 31))).isEqualTo(Period.year(2025));
    }
}
