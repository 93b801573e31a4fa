package vn.reformdesk.inspections;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.reformdesk.support.BrowserTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat plans two inspections, records one with two recommendations; An Châu's leader resolves one of
 * them; progress and the open list change. Screenshots in Vietnamese and English.
 */
class InspectionsBrowserTest extends BrowserTest {

    private static final String REC_1 = "Niêm yết lại bộ thủ tục hành chính (thử)";
    private static final String REC_2 = "Gửi phiếu xin lỗi khi trễ hẹn (thử)";

    @Test
    void planRecordResolveAndSeeProgressAndOpenListChange() throws Exception {
        signIn("secretariat");
        open("inspections?unit=30589&period=2024");
        int[] before = progress();

        open("inspections/list?unit=892&period=2024");
        planInspection("An Châu", "15/10/2024", "Đoàn Thử Nghiệm");
        planInspection("Vĩnh Hanh", "16/10/2024", "Đoàn Thử Nghiệm");

        open("inspections?unit=30589&period=2024");
        int[] planned = progress();
        assertThat(planned[1]).isEqualTo(before[1] + 1);
        assertThat(planned[0]).isEqualTo(before[0]);

        open("inspections/recommendations?unit=30589&period=2024");
        int openBefore = figure("recs-open-figure");

        // record the An Châu inspection as done with two recommendations
        open("inspections/list?unit=30589&period=2024");
        waitFor(By.cssSelector("vaadin-grid.inspections-grid"));
        WebElement cell = waitUntil(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().trim().equals("15/10/2024")).findFirst().orElse(null));
        cell.click();
        waitFor(By.id("inspection-status"));
        choose("inspection-status", "Đã kiểm tra");
        waitFor(By.cssSelector("#inspection-findings input")).sendKeys("Niêm yết chưa đầy đủ; trả hồ sơ trễ hẹn không xin lỗi.", Keys.TAB);
        click(By.id("add-recommendation"));
        click(By.id("add-recommendation"));
        List<WebElement> texts = waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".recommendation-row .rec-text input"));
            return found.size() == 2 ? found : null;
        });
        texts.get(0).sendKeys(REC_1, Keys.TAB);
        texts.get(1).sendKeys(REC_2, Keys.TAB);
        List<WebElement> deadlines = driver.findElements(By.cssSelector(".recommendation-row .rec-deadline input"));
        typeDate(deadlines.get(0), "30/11/2024");
        typeDate(deadlines.get(1), "31/12/2024");
        screenshot("inspections-record-dialog-vi");
        save();

        open("inspections?unit=30589&period=2024");
        int[] recorded = progress();
        assertThat(recorded[0]).isEqualTo(before[0] + 1);
        assertThat(recorded[1]).isEqualTo(before[1] + 1);
        open("inspections/recommendations?unit=30589&period=2024");
        assertThat(figure("recs-open-figure")).isEqualTo(openBefore + 2);

        // An Châu's leader sees only An Châu and resolves one recommendation
        signIn("anchau");
        open("inspections/list?unit=30589&period=2024");
        waitFor(By.cssSelector("vaadin-grid.inspections-grid"));
        assertThat(bodyText()).contains("Thị trấn An Châu").doesNotContain("Vĩnh Hanh");
        open("inspections?unit=892&period=2024");
        assertThat(bodyText()).contains("Không có quyền truy cập");

        open("inspections/recommendations?unit=30589&period=2024");
        assertThat(figure("recs-open-figure")).isEqualTo(openBefore + 2);
        screenshot("inspections-recommendations-leader-before-vi");
        click(By.cssSelector("vaadin-button.rec-resolve[title='" + REC_1 + "']"));
        typeDate(waitFor(By.cssSelector("#resolve-date input")), "20/11/2024");
        waitFor(By.cssSelector("#resolve-evidence input")).sendKeys("Báo cáo số 12/BC-UBND ngày 20/11/2024, ảnh bảng niêm yết", Keys.TAB);
        click(By.id("resolve-save"));
        waitUntil(d -> d.findElements(By.id("resolve-save")).isEmpty());
        waitForVaadin();
        assertThat(figure("recs-open-figure")).isEqualTo(openBefore + 1);
        assertThat(bodyText()).contains(REC_2).doesNotContain(REC_1);
        screenshot("inspections-recommendations-leader-after-vi");

        // the chair sees the province: progress, drill-down, suggestions; then 2019 in Châu Thành: 6/10 = 60%
        signIn("chair");
        open("inspections?unit=89&period=2024");
        waitFor(By.cssSelector("vaadin-grid.inspections-drilldown"));
        assertThat(bodyText()).contains("Theo đơn vị trực thuộc", "Huyện Châu Thành", "Gợi ý đơn vị kiểm tra đột xuất", "mức cảnh báo");
        screenshot("inspections-progress-province-2024-vi");
        js("document.querySelector('vaadin-grid.inspections-drilldown').scrollIntoView({block: 'start'});");
        screenshot("inspections-drilldown-province-2024-vi");
        js("document.getElementById('inspections-suggestions').scrollIntoView({block: 'center'});");
        screenshot("inspections-suggestions-province-2024-vi");
        // a count of a district's row opens that district's list, not the district's page
        js("const cell = document.querySelector('vaadin-grid.inspections-drilldown .insp-drill-count.rd-figure-link');"
                + " cell.scrollIntoView({block: 'center'}); cell.click();");
        // (the first count of a row is its "planned" cell, which opens the planned inspections)
        waitUntil(d -> d.getCurrentUrl().matches(".*inspections/(list\\?.*(status=done|figure=planned)|recommendations\\?.*recs=(open|overdue)).*"));
        assertThat(driver.getCurrentUrl()).contains("period=2024").contains("unit=").doesNotContainPattern("unit=89(&|$)");
        screenshot("inspections-drilldown-cell-opens-list-vi");
        open("inspections?unit=89&period=2024");
        waitFor(By.cssSelector("vaadin-grid.inspections-drilldown"));
        // drill down: click a district row and land on the same page for the district
        js("const cell = [...document.querySelectorAll('vaadin-grid.inspections-drilldown vaadin-grid-cell-content')]"
                + ".find(c => c.textContent.trim() === 'Huyện Châu Thành'); cell.scrollIntoView({block: 'center'}); cell.click();");
        waitUntil(d -> d.getCurrentUrl().contains("unit=892"));
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).contains("inspections?unit=892&period=2024");
        assertThat(bodyText()).contains("Kiểm tra cải cách hành chính – Huyện Châu Thành");
        open("inspections?unit=892&period=2019");
        assertThat(waitFor(By.cssSelector("#inspections-progress-figure .rd-figure-value")).getText()).isEqualTo("6/10");
        assertThat(bodyText()).contains("60,0%", "Đột xuất: 4/4", "Trùng lịch tiếp công dân");
        screenshot("inspections-progress-chauthanh-2019-vi");
        open("inspections/calendar?unit=892&period=2024-M10");
        waitFor(By.id("inspections-calendar"));
        assertThat(bodyText()).contains("Thị trấn An Châu", "Xã Vĩnh Hanh", "Thứ Hai");
        assertThat(js("return getComputedStyle(document.getElementById('inspections-calendar')).display;")).isEqualTo("grid");
        screenshot("inspections-calendar-2024-10-vi");

        switchLanguage("English");
        open("inspections?unit=892&period=2019");
        assertThat(waitFor(By.cssSelector("#inspections-progress-figure .rd-figure-value")).getText()).isEqualTo("6/10");
        assertThat(bodyText()).contains("60.0%", "Surprise: 4/4", "Suggested units for surprise inspections");
        screenshot("inspections-progress-chauthanh-2019-en");
        open("inspections/calendar?unit=892&period=2024-M10");
        waitFor(By.id("inspections-calendar"));
        assertThat(bodyText()).contains("Monday");
        screenshot("inspections-calendar-2024-10-en");
        open("inspections/recommendations?unit=892&period=2024");
        waitFor(By.cssSelector("vaadin-grid.recs-open-grid"));
        assertThat(bodyText()).contains("Open recommendations", "overdue first");
        screenshot("inspections-recommendations-en");
        open("inspections/list?unit=892&period=2024");
        waitFor(By.cssSelector("vaadin-grid.inspections-grid"));
        screenshot("inspections-list-en");
        open("?unit=892&period=2024");
        waitFor(By.id("overview-inspections-card"));
        screenshot("inspections-overview-card-en");
    }

    private void planInspection(String unit, String date, String lead) {
        click(By.id("inspection-new"));
        WebElement combo = waitFor(By.cssSelector("#inspection-target input"));
        combo.sendKeys(unit);
        WebElement item = waitUntil(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.getText().contains(unit)).findFirst().orElse(null));
        item.click();
        typeDate(waitFor(By.cssSelector("#inspection-planned-date input")), date);
        waitFor(By.cssSelector("#inspection-lead input")).sendKeys(lead, Keys.TAB);
        save();
    }

    private void save() {
        click(By.id("inspection-save"));
        waitForVaadin();
        if (!driver.findElements(By.id("inspection-save-anyway")).isEmpty()) {
            click(By.id("inspection-save-anyway"));
        }
        try {
            waitUntil(d -> d.findElements(By.id("inspection-save")).isEmpty());
        } catch (RuntimeException e) {
            try {
                screenshot("inspections-save-failed");
            } catch (java.io.IOException ignored) {
                // the assertion below says what went wrong
            }
            throw new AssertionError("the dialog did not close: " + js("const p = document.getElementById('inspection-problems');"
                    + " return p ? p.innerText : 'no problems shown';"), e);
        }
        waitForVaadin();
    }

    private void typeDate(WebElement input, String date) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
        waitForVaadin();
    }

    private void choose(String selectId, String label) {
        js("document.getElementById(arguments[0]).opened = true;", selectId);
        WebElement item = waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().trim().equals(label)).findFirst().orElse(null));
        item.click();
        waitForVaadin();
    }

    private void click(By by) {
        WebElement element = waitFor(by);
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        waitForVaadin();
    }

    /** done and planned from the progress figure "done/planned". */
    private int[] progress() {
        String text = waitFor(By.cssSelector("#inspections-progress-figure .rd-figure-value")).getText();
        String[] parts = text.split("/");
        return new int[]{Integer.parseInt(parts[0].replace(".", "")), Integer.parseInt(parts[1].replace(".", ""))};
    }

    private int figure(String id) {
        return Integer.parseInt(waitFor(By.cssSelector("#" + id + " .rd-figure-value")).getText().replace(".", "").replace(",", ""));
    }
}
