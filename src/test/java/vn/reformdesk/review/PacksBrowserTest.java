package vn.reformdesk.review;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.support.BrowserTest;
import vn.reformdesk.support.TestClock;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat schedules a pack on /packs, makes it at once and downloads its PDF and workbook. */
class PacksBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private long lastSchedule;
    private long lastPack;

    @BeforeEach
    void remember() {
        lastSchedule = jdbc.queryForObject("select coalesce(max(id), 0) from briefing_schedule", Long.class);
        lastPack = jdbc.queryForObject("select coalesce(max(id), 0) from briefing_pack", Long.class);
        clock.setToday(LocalDate.of(2020, 1, 10));
    }

    @AfterEach
    void removeWhatTheTestMade() {
        clock.reset();
        jdbc.update("delete from briefing_pack where id > ?", lastPack);
        jdbc.update("delete from briefing_schedule where id > ?", lastSchedule);
    }

    /** Fetches an anchor's file within the signed-in browser and returns its bytes. */
    @Test
    void theSecretariatSchedulesAPackMakesItNowAndDownloadsIt() throws Exception {
        signIn("secretariat");
        open("packs");
        waitFor(By.id("packs-schedules"));
        WebElement recipients = waitFor(By.cssSelector("#packs-recipients input"));
        recipients.sendKeys(Keys.chord(Keys.CONTROL, "a"), "ban.chi.dao@example.vn");
        waitFor(By.id("packs-save")).click();
        waitUntil(d -> bodyText().contains("ban.chi.dao@example.vn"));
        Long schedule = jdbc.queryForObject("select max(id) from briefing_schedule where recipients = 'ban.chi.dao@example.vn'", Long.class);
        assertThat(schedule).isNotNull();
        String frequency = jdbc.queryForObject("select frequency from briefing_schedule where id = ?", String.class, schedule);
        assertThat(frequency).isEqualTo("QUARTER");

        waitFor(By.id("packs-make-now-" + schedule)).click();
        waitUntil(d -> !d.findElements(By.cssSelector("#packs-kept .packs-pdf")).isEmpty()
                && jdbc.queryForObject("select count(*) from briefing_pack where schedule_id = ?", Long.class, schedule) == 1);
        Long pack = jdbc.queryForObject("select id from briefing_pack where schedule_id = ?", Long.class, schedule);
        String period = jdbc.queryForObject("select period_code from briefing_pack where id = ?", String.class, pack);
        assertThat(period).isEqualTo(PackScheduleService.lastEnded(PackSchedule.Frequency.QUARTER, LocalDate.of(2020, 1, 10)).code());
        waitFor(By.id("packs-pdf-" + pack));
        screenshot("packs-made-now-1440");

        byte[] pdf = download(waitFor(By.id("packs-pdf-" + pack)));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(0);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).isNotBlank();
        }
        byte[] xlsx = download(waitFor(By.id("packs-xlsx-" + pack)));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheets().count()).isGreaterThan(0);
            assertThat(wb.getFirstSheet().read()).isNotEmpty();
        }
        byte[] kept = jdbc.queryForObject("select pdf from briefing_pack where id = ?", byte[].class, pack);
        assertThat(pdf).isEqualTo(kept);
    }
}
