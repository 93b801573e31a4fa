package vn.reformdesk.plans;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.reformdesk.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan pages in Chromium: the seed plan, the drill-down, a plan made and updated through the UI, and scope. */
class PlansBrowserTest extends BrowserTest {

    @Test
    void theSecretariatCreatesAPlanALeaderMarksATaskDoneAndTheChairSeesItInTheDrillDown() throws Exception {
        signIn("secretariat");
        open("plans?unit=892&period=2025");
        waitFor(By.id("plans-create")).click();
        waitFor(By.cssSelector("#plan-number input")).sendKeys("12/KH-UBND");
        waitFor(By.id("plan-save")).click();
        waitUntil(d -> bodyText().contains("12/KH-UBND"));
        addTask("Rà soát, công bố thủ tục hành chính năm 2025");
        addTask("Kiểm tra công tác CCHC tại các xã");
        waitUntil(d -> d.findElements(By.id("plans-done")).stream().anyMatch(e -> e.getText().startsWith("0/2")));
        screenshot("plans-created-by-secretariat-vi");

        signIn("chauthanh");
        open("plans?unit=892&period=2025");
        waitFor(By.id("plan-tasks"));
        clickCell("plan-tasks", "Rà soát, công bố");
        WebElement done = waitUntil(d -> d.findElements(By.cssSelector("#task-status vaadin-radio-button")).stream()
                .filter(e -> e.getText().trim().equals("Hoàn thành")).findFirst().orElse(null));
        done.click();
        waitFor(By.cssSelector("#task-evidence textarea")).sendKeys("Quyết định số 15/QĐ-UBND");
        waitFor(By.cssSelector("#task-comment input")).sendKeys("Đã công bố");
        screenshot("plans-leader-marks-done-vi");
        waitFor(By.id("task-save")).click();
        waitUntil(d -> d.findElements(By.id("plans-done")).stream().anyMatch(e -> e.getText().startsWith("1/2")));
        assertThat(text("plans-percent")).startsWith("50,0%");
        screenshot("plans-leader-after-done-vi");

        signIn("chair");
        open("plans?unit=89&period=2025");
        waitFor(By.id("plans-drilldown"));
        String row = rowOf("Huyện Châu Thành");
        assertThat(row).contains("12/KH-UBND", "1/2", "50,0%");
        assertThat(bodyText()).contains("Chưa có kế hoạch");
        scrollTo("plans-drilldown");
        screenshot("plans-drilldown-2025-chair-vi");
    }

    @Test
    void theSeedPlanShows29Of36AtNineMonthsInVietnameseAndEnglish() throws Exception {
        signIn("chair");
        open("plans?unit=892&period=2019-9M");
        waitFor(By.id("plans-done"));
        waitFor(By.id("plans-burnup-chart"));
        assertThat(bodyText()).contains("Kế hoạch số 31/KH-UBND ngày 25/01/2019", "29/36", "80,6%", "Số liệu tính đến ngày 30/09/2019");
        assertThat(text("plans-overdue")).startsWith("3");
        Long areas = waitUntil(d -> {
            Object n = js("const c = document.getElementById('plans-area-chart').chart; return c && c.w ? c.w.globals.labels.length : null;");
            return n == null ? null : ((Number) n).longValue();
        });
        assertThat(areas).isEqualTo(7L);
        screenshot("plans-chauthanh-2019-9m-vi");

        open("plans?unit=892&period=2019-H1");
        waitFor(By.id("plans-done"));
        assertThat(text("plans-done")).startsWith("18/36");
        assertThat(text("plans-percent")).startsWith("50,0%");

        open("?unit=892&period=2019-9M");
        assertThat(waitFor(By.id("plans-overview-card")).getText()).contains("29/36", "80,6%");
        screenshot("plans-overview-card-vi");

        open("plans?unit=89&period=2024");
        waitFor(By.id("plans-drilldown"));
        assertThat(rowOf("Ban Dân tộc")).contains("Chưa có kế hoạch");
        screenshot("plans-drilldown-province-2024-vi");
        scrollTo("plan-tasks");
        screenshot("plans-province-2024-tasks-vi");

        open("plans?unit=892&period=2019-9M");
        clickCell("plan-tasks", "Quá hạn");
        waitFor(By.cssSelector("vaadin-grid.task-history"));
        screenshot("plans-task-dialog-vi");

        switchLanguage("English");
        open("plans?unit=892&period=2019-9M");
        waitFor(By.id("plans-done"));
        assertThat(bodyText()).contains("Plan no. 31/KH-UBND of 25/01/2019", "29/36", "80.6%", "Figures as of 30/09/2019");
        screenshot("plans-chauthanh-2019-9m-en");
        scrollTo("plans-burnup-chart");
        screenshot("plans-chauthanh-2019-9m-burnup-en");
        open("plans?unit=89&period=2024");
        waitFor(By.id("plans-drilldown"));
        assertThat(rowOf("Ethnic Minorities Committee")).contains("No plan");
        screenshot("plans-drilldown-province-2024-en");
    }

    @Test
    void theLeaderOfChauThanhCannotOpenAnotherDistrictsPlanByUrl() throws Exception {
        signIn("chauthanh");
        open("plans?unit=883&period=2024");
        assertThat(bodyText()).contains("Không có quyền truy cập").doesNotContain("Kế hoạch số");
        screenshot("plans-leader-other-district-denied");
        open("plans?unit=892&period=2024");
        waitFor(By.id("plans-done"));
        assertThat(bodyText()).contains("Huyện Châu Thành").doesNotContain("Thành phố Long Xuyên");
    }

    private void addTask(String title) {
        waitFor(By.id("plans-task-add")).click();
        waitFor(By.cssSelector("#task-title textarea")).sendKeys(title);
        waitFor(By.id("task-save")).click();
        waitUntil(d -> Boolean.TRUE.equals(js("return [...document.querySelectorAll('#plan-tasks vaadin-grid-cell-content')]"
                + ".some(c => c.innerText.includes(arguments[0]));", title)));
    }

    /** Scrolls the grid cell with the text into view and clicks it. */
    private void clickCell(String gridId, String text) {
        WebElement cell = waitUntil(d -> (WebElement) js("return [...document.querySelectorAll('#' + arguments[0] + ' vaadin-grid-cell-content')]"
                + ".find(c => c.innerText.includes(arguments[1])) || null;", gridId, text));
        js("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
    }

    private void scrollTo(String id) {
        js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }

    private String text(String id) {
        return waitFor(By.id(id)).getText();
    }

    /** The texts of the drill-down grid's row of a unit, joined. */
    private String rowOf(String unitName) {
        return waitUntil((WebDriver d) -> {
            Object text = js("const g = document.getElementById('plans-drilldown');"
                    + " const cells = [...g.querySelectorAll('vaadin-grid-cell-content')];"
                    + " const cols = g.querySelectorAll('vaadin-grid-column').length;"
                    + " const i = cells.findIndex(c => c.innerText.trim() === arguments[0]);"
                    + " if (i < 0) return null;"
                    + " const slots = [...g.shadowRoot.querySelectorAll('tbody#items tr')]"
                    + "   .map(tr => [...tr.querySelectorAll('td slot')].map(s => s.name));"
                    + " const name = cells[i].getAttribute('slot');"
                    + " const row = slots.find(r => r.includes(name));"
                    + " return row ? row.map(n => g.querySelector('[slot=\"' + n + '\"]').innerText).join(' | ') : null;",
                    unitName);
            return (String) text;
        });
    }
}
