package vn.reformdesk.rankings;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.reformdesk.support.BrowserTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat defines a small index, imports its scores, sees the ranking and a unit's lost points; leaders and the chair see the demo. */
class RankingsBrowserTest extends BrowserTest {

    @Test
    void theSecretariatDefinesASmallIndexImportsScoresAndSeesTheRankingAndLostPoints() throws Exception {
        String code = "BT" + (System.nanoTime() % 100000);
        signIn("secretariat");
        open("rankings/define?unit=89&period=2015");
        waitFor(By.id("rk-def-code"));
        type("rk-def-code", code);
        type("rk-def-name", "Chỉ số thử các sở");
        type("rk-def-name-en", "Test index of departments");
        js("[...document.querySelectorAll('#rk-def-tiers vaadin-checkbox')].find(c => c.textContent.includes('Sở')).click();");
        waitFor(By.id("rk-def-save")).click();
        waitUntil(d -> d.getCurrentUrl().contains("index=" + code));
        waitFor(By.id("rk-import-criteria")).click();
        upload(xlsx("criteria", new Object[][]{
                {"Mã", "Tên", "Tên tiếng Anh", "Điểm tối đa", "Điều tra XHH"},
                {"1", "Công tác chỉ đạo, điều hành", "Direction", 40, null},
                {"1.1", "Kế hoạch CCHC", "Reform plan", 20, null},
                {"1.2", "Báo cáo CCHC", "Reform reports", 20, null},
                {"2", "Cải cách thủ tục hành chính", "Procedures", 60, null},
                {"2.1", "Hồ sơ giải quyết đúng hạn", "Dossiers on time", 30, null},
                {"2.2", "Sự hài lòng của người dân", "Satisfaction", 30, "x"}}));
        waitUntil(d -> bodyText().contains("Đã ghi 6 tiêu chí"));
        js("document.querySelector('vaadin-dialog-overlay, vaadin-dialog') && [...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Đóng').click();");
        open("rankings/define?unit=89&period=2015&index=" + code);
        waitFor(By.id("rk-criteria"));
        assertThat(bodyText()).contains("100 điểm, 4 tiêu chí thành phần", "Hồ sơ giải quyết đúng hạn");
        screenshot("rankings-define-vi");

        open("rankings?unit=89&period=2015&index=" + code);
        waitFor(By.id("rk-import")).click();
        // a bad file first: above the maximum, an unknown criterion, a unit the index does not rank
        upload(xlsx("bad", new Object[][]{
                {"Mã đơn vị", "Mã tiêu chí", "Tự chấm", "Thẩm định", "Điều tra XHH"},
                {"89-SNV", "1.1", 20, 18, null},
                {"89-SNV", "1.2", 25, 21, null},
                {"89-SNV", "3.1", 5, 5, null},
                {"892", "1.1", 10, 10, null}}));
        waitUntil(d -> bodyText().contains("3 lỗi") || bodyText().contains("vượt điểm tối đa"));
        assertThat(bodyText()).contains("vượt điểm tối đa", "3.1", "892");
        screenshot("rankings-import-errors-vi");
        upload(xlsx("good", new Object[][]{
                {"Mã đơn vị", "Mã tiêu chí", "Tự chấm", "Thẩm định", "Điều tra XHH"},
                {"89-SNV", "1.1", 20, 18, null}, {"89-SNV", "1.2", 20, 20, null}, {"89-SNV", "2.1", 28, 27, null}, {"89-SNV", "2.2", null, null, 28},
                {"89-STP", "1.1", 16, 15, null}, {"89-STP", "1.2", 16, 16, null}, {"89-STP", "2.1", 25, 24, null}, {"89-STP", "2.2", null, null, 25},
                {"89-STC", "1.1", 15, 15, null}, {"89-STC", "1.2", 16, 16, null}, {"89-STC", "2.1", 25, 25, null}, {"89-STC", "2.2", null, null, 24}}));
        waitUntil(d -> bodyText().contains("Đã ghi 12 dòng điểm"));
        open("rankings?unit=89&period=2015&index=" + code);
        waitFor(By.id("rk-grid"));
        String ranking = bodyText();
        assertThat(ranking).contains("Sở Nội vụ", "93,0%", "Tốt", "Sở Tư pháp", "80,0%", "Khá", "Bản nháp");
        screenshot("rankings-small-index-vi");

        open("rankings/unit?unit=89-STP&period=2015&index=" + code);
        waitFor(By.id("rk-lost"));
        String unit = bodyText();
        assertThat(unit).contains("hạng 2/3", "Mất điểm ở đâu", "Hồ sơ giải quyết đúng hạn");
        assertThat(unit.indexOf("Hồ sơ giải quyết đúng hạn")).isLessThan(unit.indexOf("Báo cáo CCHC", unit.indexOf("Mất điểm ở đâu")));
        screenshot("rankings-small-index-unit-vi");

        switchLanguage("English");
        open("rankings/unit?unit=89-STP&period=2015&index=" + code);
        waitFor(By.id("rk-lost"));
        assertThat(bodyText()).contains("Where the points were lost", "rank 2 of 3", "Dossiers on time");
        screenshot("rankings-small-index-unit-en");
        open("rankings?unit=89&period=2015&index=" + code);
        waitFor(By.id("rk-grid"));
        assertThat(bodyText()).contains("Department of Home Affairs", "93.0%", "Good", "Draft");
        screenshot("rankings-small-index-en");
        switchLanguage("Tiếng Việt");
    }

    @Test
    void theChairSeesTheDemoRankingWithChangesHeatMapAndNationalResults() throws Exception {
        signIn("chair");
        open("rankings?unit=89&period=2024&index=PAR-HUYEN");
        waitFor(By.id("rk-grid"));
        waitFor(By.id("rk-national-chart"));
        assertThat(bodyText()).contains("Huyện Châu Thành", "Thay đổi hạng", "PAR INDEX", "PAPI", "45,10/80 điểm", "36,21/60 điểm", "Đã công bố");
        screenshot("rankings-demo-districts-2024-vi");
        open("rankings?unit=892&period=2024&index=PAR-HUYEN&tier=COMMUNE");
        waitFor(By.id("rk-grid"));
        assertThat(bodyText()).contains("Thị trấn An Châu", "Cấp xã");
        screenshot("rankings-demo-communes-892-vi");
        open("?unit=89&period=2024");
        waitFor(By.id("rk-overview-card"));
        assertThat(bodyText()).contains("Dẫn đầu", "Cuối bảng", "Kết quả quốc gia gần nhất");
        screenshot("rankings-overview-card-vi");
        switchLanguage("English");
        open("rankings?unit=89&period=2024&index=PAR-SO");
        waitFor(By.id("rk-grid"));
        waitFor(By.id("rk-national-chart"));
        assertThat(bodyText()).contains("Department of Justice", "Rank change", "PAPI (points/scale)");
        screenshot("rankings-demo-departments-2024-en");
        switchLanguage("Tiếng Việt");
    }

    @Test
    void aDistrictLeaderSeesTheWholeRankingButCriterionDetailOfItsOwnDistrictOnly() throws Exception {
        signIn("chauthanh");
        open("rankings?period=2024");
        waitFor(By.id("rk-grid"));
        assertThat(bodyText()).contains("Thị trấn An Châu");
        js("document.getElementById('rk-tab-DISTRICT').click();");
        waitUntil(d -> d.getCurrentUrl().contains("tier=DISTRICT"));
        waitFor(By.id("rk-grid"));
        assertThat(bodyText()).contains("Huyện Châu Thành", "Thành phố Long Xuyên");
        screenshot("rankings-leader-districts-vi");
        open("rankings/unit?unit=892&period=2024&index=PAR-HUYEN");
        waitFor(By.id("rk-lost"));
        assertThat(bodyText()).contains("Mất điểm ở đâu");
        screenshot("rankings-leader-own-unit-vi");
        open("rankings/unit?unit=892&of=883&period=2024&index=PAR-HUYEN");
        waitFor(By.id("rk-detail-restricted"));
        assertThat(bodyText()).contains("Thành phố Long Xuyên", "chỉ dành cho chính đơn vị").doesNotContain("Mất điểm ở đâu");
        screenshot("rankings-leader-other-unit-vi");
    }

    private void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.findElement(By.cssSelector("input")).sendKeys(text);
    }

    private void upload(Path file) {
        WebElement upload = waitFor(By.cssSelector("vaadin-upload"));
        WebElement input = (WebElement) js("const u = document.querySelector('vaadin-upload');"
                + " return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));");
        assertThat(upload).isNotNull();
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static Path xlsx(String name, Object[][] rows) throws IOException {
        return vn.reformdesk.support.TestWorkbooks.file(name, "Sheet1", rows);
    }

}
