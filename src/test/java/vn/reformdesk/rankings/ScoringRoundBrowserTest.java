package vn.reformdesk.rankings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.security.Roles;
import vn.reformdesk.security.UserService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.BrowserTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole scoring round in the browser: two districts self-score (one with PDF evidence, one with written
 * explanations), the appraiser lowers one criterion with a reason, publication is refused while a unit is
 * unappraised, the unit answers, the appraiser decides, the secretariat publishes, and the ranking and the
 * lost-points page show the appraised figures. The rankings pages have no serious or critical axe-core finding.
 */
class ScoringRoundBrowserTest extends BrowserTest {

    private static final Locale VI = Locale.of("vi");
    private static final String LONG_NAME = "Ban hành kế hoạch cải cách hành chính năm đúng hạn, đầy đủ nội dung theo hướng dẫn của tỉnh";

    @Autowired
    IndexService indexes;
    @Autowired
    ScoringRoundService rounds;
    @Autowired
    UserService users;
    @Autowired
    TestUnits testUnits;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWholeRoundFromSelfAssessmentToThePublishedRanking() throws Exception {
        try {
            wholeRound();
        } catch (Throwable e) {
            screenshot("round-failure");
            System.out.println("PAGE AT FAILURE: " + driver.getCurrentUrl() + "\n" + bodyText());
            throw e;
        }
    }

    private void wholeRound() throws Exception {
        TestUnits.Tree t = testUnits.province(2, 0, 0);
        UnitRef d1 = t.district(0);
        UnitRef d2 = t.district(1);
        String suffix = String.valueOf(d1.id());
        String l1 = "ld1b-" + suffix;
        String l2 = "ld2b-" + suffix;
        String ap = "tdb-" + suffix;
        AsUser.run(AsUser.admin(), () -> {
            users.create(l1, DEMO_PASSWORD, "Lãnh đạo huyện 1", Roles.UNIT_LEADER, d1.id());
            users.create(l2, DEMO_PASSWORD, "Lãnh đạo huyện 2", Roles.UNIT_LEADER, d2.id());
            users.create(ap, DEMO_PASSWORD, "Tổ thẩm định", Roles.APPRAISER, null);
        });
        AsUser.run(AsUser.secretariat(), () -> {
            IndexDef index = indexes.define(t.province().id(), new IndexService.NewIndex("PAR-V", 2025, "Chỉ số CCHC cấp huyện", null,
                    Set.of(UnitTier.DISTRICT), Scale.POINTS, RankingsDemoData.BANDS));
            indexes.defineCriteria(index.id(), List.of(
                    new IndexService.CriterionRow(2, "1", "Công tác chỉ đạo, điều hành cải cách hành chính", null, new BigDecimal("7"), false),
                    new IndexService.CriterionRow(3, "1.1", LONG_NAME, null, new BigDecimal("4"), false),
                    new IndexService.CriterionRow(4, "1.2", "Báo cáo cải cách hành chính định kỳ đầy đủ, đúng hạn", null, new BigDecimal("3"), false)));
            rounds.open(index.id(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 20));
        });
        clock.setToday(LocalDate.of(2026, 1, 10));
        String province = t.province().code();
        String sheet1 = "rankings/round/unit?unit=" + d1.code() + "&period=2025&index=PAR-V";
        String sheet2 = "rankings/round/unit?unit=" + d2.code() + "&period=2025&index=PAR-V";
        String board = "rankings/round?unit=" + province + "&period=2025&index=PAR-V";
        Path pdf = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "evidence-").resolve("ke-hoach-2025.pdf");
        Files.write(pdf, ScoringRoundTest.PDF);

        // district 1: points with PDF evidence
        signIn(l1);
        open(sheet1);
        waitFor(By.id("rk-entry-1-1"));
        assertThat(bodyText()).contains(LONG_NAME);
        enter("rk-self-1-1", "4");
        click("rk-save-1-1");
        waitUntil(d -> value("rk-self-1-1").startsWith("4"));
        enter("rk-self-1-2", "3");
        click("rk-save-1-2");
        waitUntil(d -> value("rk-self-1-2").startsWith("3"));
        uploadTo("rk-upload-1-1", pdf);
        waitUntil(d -> d.findElements(By.cssSelector("#rk-entry-1-1 .rk-evidence-link")).size() == 1);
        uploadTo("rk-upload-1-2", pdf);
        waitUntil(d -> d.findElements(By.cssSelector("#rk-entry-1-2 .rk-evidence-link")).size() == 1);
        screenshot("round-sheet-drafting-vi");
        click("rk-submit");
        waitUntil(d -> bodyText().contains("Đã gửi bản tự đánh giá."));
        waitUntil(d -> text("rk-sheet-status").equals("Đã gửi"));

        // district 2: points with written explanations, no files
        signIn(l2);
        open(sheet2);
        waitFor(By.id("rk-entry-1-1"));
        enter("rk-self-1-1", "4");
        enterArea("rk-expl-1-1", "Kế hoạch số 12/KH-UBND ngày 10/01/2025, đăng trên cổng thông tin huyện");
        click("rk-save-1-1");
        waitUntil(d -> value("rk-self-1-1").startsWith("4"));
        enter("rk-self-1-2", "3");
        enterArea("rk-expl-1-2", "Đủ 4 báo cáo quý, gửi qua hệ thống văn bản điện tử");
        click("rk-save-1-2");
        waitUntil(d -> value("rk-self-1-2").startsWith("3"));
        click("rk-submit");
        waitUntil(d -> text("rk-sheet-status").equals("Đã gửi"));

        // the appraiser accepts 1.1 of district 2 and lowers 1.2 with a reason
        signIn(ap);
        open(board);
        waitFor(By.id("rk-round-board"));
        assertThat(bodyText()).contains("Đã gửi: 2");
        screenshot("round-board-submitted-vi");
        open(sheet2.replace("unit=" + d2.code(), "unit=" + province) + "&of=" + d2.code());
        waitFor(By.id("rk-accept-1-1"));
        click("rk-accept-1-1");
        waitUntil(d -> d.findElements(By.id("rk-appraisal-1-1")).size() == 1);
        enter("rk-appraise-points-1-2", "1");
        enter("rk-appraise-reason-1-2", "Thiếu báo cáo quý IV");
        click("rk-change-1-2");
        waitUntil(d -> d.findElements(By.id("rk-appraisal-1-2")).size() == 1);
        assertThat(text("rk-appraisal-1-2")).contains("Thiếu báo cáo quý IV");

        // publishing with district 1 unappraised is refused, naming it
        signIn("secretariat");
        open(board);
        click("rk-round-publish");
        waitUntil(d -> bodyText().contains("Chưa thể công bố"));
        assertThat(bodyText()).contains("Chưa thể công bố: 1 đơn vị", d1.name());
        screenshot("round-publish-refused-vi");

        signIn(ap);
        open(sheet1.replace("unit=" + d1.code(), "unit=" + province) + "&of=" + d1.code());
        assertThat(bodyText()).contains("ke-hoach-2025.pdf");
        click("rk-accept-rest");
        waitUntil(d -> text("rk-sheet-status").equals("Đã thẩm định"));

        // district 2 answers once; the appraiser decides
        clock.setToday(LocalDate.of(2026, 2, 5));
        signIn(l2);
        open(sheet2);
        waitFor(By.id("rk-answer-1-2"));
        enterArea("rk-answer-1-2", "Báo cáo quý IV đã gửi ngày 28/12/2025 qua hệ thống văn bản điện tử");
        click("rk-answer-send-1-2");
        waitUntil(d -> d.findElements(By.id("rk-answer-text-1-2")).size() == 1);
        assertThat(bodyText()).doesNotContain("Gửi giải trình");

        signIn(ap);
        open(sheet2.replace("unit=" + d2.code(), "unit=" + province) + "&of=" + d2.code());
        waitFor(By.id("rk-decide-1-2"));
        enter("rk-decide-points-1-2", "2");
        enter("rk-decide-reason-1-2", "Báo cáo quý IV gửi muộn: chấm 2 điểm");
        click("rk-decide-1-2");
        waitUntil(d -> d.findElements(By.id("rk-decision-1-2")).size() == 1);
        waitFor(By.id("rk-history"));
        assertThat(bodyText()).contains("Giải trình", "Quyết định: điều chỉnh", "Thẩm định: điều chỉnh");
        screenshot("round-sheet-decided-vi");

        signIn("secretariat");
        open(board);
        waitFor(By.id("rk-round-publish"));
        assertThat(bodyText()).contains("Đã thẩm định: 2");
        click("rk-round-publish");
        waitFor(By.id("rk-round-published"));
        screenshot("round-board-published-vi");

        // the ranking and the lost-points page show the appraised figures: D1 = 4 + 3 = 7, D2 = 4 + 2 (not its 3) = 6
        signIn(l2);
        open("rankings?unit=" + d2.code() + "&period=2025&index=PAR-V&tier=DISTRICT");
        waitFor(By.id("rk-grid"));
        String ranking = bodyText();
        assertThat(ranking).contains(d1.name(), "7,00", d2.name(), "6,00", "Đã công bố");
        screenshot("round-ranking-published-vi");
        assertNoSeriousAccessibilityFaults("rankings");
        open("rankings/unit?unit=" + d2.code() + "&period=2025&index=PAR-V");
        waitFor(By.id("rk-lost"));
        assertThat(bodyText()).contains("2,00 / 3,00", LONG_NAME);
        assertThat(text("rk-lost-best")).contains(d1.name()).contains("chỉ so được tổng điểm");
        screenshot("round-lost-points-vi");
        assertNoSeriousAccessibilityFaults("rankings/unit");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        try {
            open("rankings/unit?unit=" + d2.code() + "&period=2025&index=PAR-V");
            waitFor(By.id("rk-lost"));
            screenshot("round-lost-points-390-vi");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
        }
        open(sheet2);
        waitFor(By.id("rk-history"));
        assertNoSeriousAccessibilityFaults("rankings/round/unit");
    }

    @Test
    void theDemoRankingPagesHaveNoSeriousAccessibilityFindingAndTheLeadersRowIsHighlighted() throws Exception {
        signIn("chair");
        open("rankings?unit=89&period=2024&index=PAR-HUYEN");
        waitFor(By.id("rk-grid"));
        // the heat map fits 1440 px: no sideways scrolling in the grid
        Object overflow = js("const s = document.querySelector('#rk-grid').shadowRoot.querySelector('#table');"
                + " return s.scrollWidth - s.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(1);
        screenshot("rankings-heat-map-1440-vi");
        assertNoSeriousAccessibilityFaults("rankings (chair)");

        signIn("anchau");
        open("rankings?period=2024");
        waitFor(By.id("rk-grid"));
        Object highlighted = js("const g = document.querySelector('#rk-grid');"
                + " const cell = g.shadowRoot.querySelector('[part~=\"rk-selected\"]');"
                + " return cell ? getComputedStyle(cell).fontWeight : null;");
        assertThat(String.valueOf(highlighted)).isEqualTo("700");
        screenshot("rankings-leader-own-row-vi");
        assertNoSeriousAccessibilityFaults("rankings (leader)");
        open("rankings/unit?unit=30589&period=2024&index=PAR-HUYEN");
        waitFor(By.id("rk-lost"));
        assertThat(text("rk-lost-best")).contains("chỉ so được tổng điểm");
        assertThat(driver.findElements(By.xpath("//*[@id='rk-lost']//vaadin-grid-cell-content[contains(., 'Đơn vị dẫn đầu')]"))).isEmpty();
        screenshot("rankings-leader-lost-points-vi");
        assertNoSeriousAccessibilityFaults("rankings/unit (leader)");
    }

    private String text(String id) {
        return waitFor(By.id(id)).getText().trim();
    }

    private String value(String id) {
        return String.valueOf(js("return document.getElementById(arguments[0]).value;", id));
    }

    private void click(String id) {
        waitForVaadin();
        WebElement e = waitFor(By.id(id));
        js("arguments[0].click();", e);
        waitForVaadin();
    }

    /** Types into a text, number or decimal field (replacing its value) and leaves it so that the value is sent. */
    private void enter(String id, String text) {
        waitForVaadin();
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
        waitForVaadin();
    }

    private void enterArea(String id, String text) {
        waitForVaadin();
        WebElement area = waitFor(By.cssSelector("#" + id + " textarea"));
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        area.sendKeys(text, Keys.TAB);
        waitForVaadin();
    }

    private void uploadTo(String id, Path file) {
        waitForVaadin();
        waitFor(By.id(id));
        WebElement input = (WebElement) js("const u = document.getElementById(arguments[0]);"
                + " return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));", id);
        input.sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }

}
