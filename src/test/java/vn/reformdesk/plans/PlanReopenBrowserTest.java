package vn.reformdesk.plans;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.support.BrowserTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformdesk.plans.PlanFixtures.plan;
import static vn.reformdesk.plans.PlanFixtures.status;
import static vn.reformdesk.plans.PlanFixtures.task;

/**
 * In Chromium: the secretariat reopens in October 2019 a task completed in March; the 6-month figures of 2019
 * still show it done, the year's figures do not; a figure opens the tasks it counts.
 */
class PlanReopenBrowserTest extends BrowserTest {

    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    TestUnits testUnits;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTaskReopenedInOctoberIsDoneOnThirtyJuneAndNotAtTheYearEnd() throws Exception {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef district = t.district(0);
        PlanRef plan = plan(planCommands, plans, district, 2019);
        var march = task(planCommands, plans, plan, district, LocalDate.of(2019, 3, 31));
        task(planCommands, plans, plan, district, LocalDate.of(2019, 12, 31));
        status(planCommands, plans, march, TaskStatus.DONE, LocalDate.of(2019, 3, 20));

        clock.setToday(LocalDate.of(2019, 10, 15));
        signIn("secretariat");
        open("plans?unit=" + district.code() + "&period=2019");
        waitUntil(d -> text("plans-done").startsWith("1/2"));
        clickCell("plan-tasks", "Nhiệm vụ hạn 2019-03-31");
        waitFor(By.id("task-reopen")).click();
        waitFor(By.cssSelector("#task-reopen-reason textarea")).sendKeys("Báo cáo chưa đạt yêu cầu, phải làm lại");
        screenshot("plans-reopen-dialog-vi");
        waitFor(By.id("task-reopen-save")).click();
        waitUntil(d -> text("plans-done").startsWith("0/2"));
        clock.reset();

        signIn("chair");
        open("plans?unit=" + district.code() + "&period=2019-H1");
        waitUntil(d -> text("plans-done").startsWith("1/2"));
        assertThat(text("plans-percent")).startsWith("50,0%");
        screenshot("plans-reopened-2019-h1-vi");

        open("plans?unit=" + district.code() + "&period=2019");
        waitUntil(d -> text("plans-done").startsWith("0/2"));
        assertThat(text("plans-percent")).startsWith("0,0%");
        assertThat(text("plans-overdue")).startsWith("1");
        screenshot("plans-reopened-2019-vi");

        // the overdue figure opens the list of the overdue tasks: its count is the figure
        waitFor(By.id("plans-overdue")).click();
        waitUntil(d -> d.getCurrentUrl().contains("tasks=overdue"));
        waitUntil(d -> text("plan-tasks-count").startsWith("1 "));
        assertThat(gridRows("plan-tasks")).isEqualTo(1L);
        screenshot("plans-overdue-list-vi");

        // the task's status over time: done in March, reopened in October with the reason
        clickCell("plan-tasks", "Nhiệm vụ hạn 2019-03-31");
        waitUntil(d -> text("task-events").contains("15/10/2019") && text("task-events").contains("20/03/2019"));
        assertThat(text("task-events")).contains("Báo cáo chưa đạt yêu cầu");
        WebElement events = waitFor(By.id("task-events"));
        js("arguments[0].scrollIntoView({block: 'center'});", events);
        screenshot("plans-task-events-vi");
    }

    @Test
    void theSecretariatKeepsAreasAndTopicsAndDoneRecommendationsStayListed() throws Exception {
        signIn("secretariat");
        open("plans/areas");
        waitFor(By.id("plan-areas"));
        waitFor(By.id("plan-area-add")).click();
        String code = "TAC_DONG_B" + (System.nanoTime() % 10000);
        waitFor(By.cssSelector("#plan-area-code input")).sendKeys(code);
        waitFor(By.cssSelector("#plan-area-name input")).sendKeys("Tác động của CCHC đến người dân, doanh nghiệp");
        waitFor(By.cssSelector("#plan-area-from input")).sendKeys("2025");
        waitFor(By.id("plan-area-save")).click();
        waitUntil(d -> waitFor(By.id("plan-areas")).getText().contains(code) || bodyTextContains(code));
        screenshot("plans-areas-per-year-vi");

        open("inspections/topics");
        waitFor(By.id("inspection-topics"));
        assertThat(bodyText()).contains("ONE_STOP");
        screenshot("inspections-topics-vi");

        signIn("chair");
        open("inspections/recommendations?unit=892&period=2019&recs=done");
        waitUntil(d -> text("recs-count").length() > 0);
        String count = text("recs-count");
        assertThat(count).doesNotStartWith("0 ");
        screenshot("inspections-recommendations-done-2019-vi");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            open("inspections/recommendations?unit=892&period=2019&recs=done");
            waitUntil(d -> text("recs-count").length() > 0);
            screenshot("inspections-recommendations-done-2019-390-vi");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
        }
    }

    private boolean bodyTextContains(String s) {
        return bodyText().contains(s);
    }

    private void clickCell(String gridId, String text) {
        WebElement cell = waitUntil(d -> (WebElement) js("return [...document.querySelectorAll('#' + arguments[0] + ' vaadin-grid-cell-content')]"
                + ".find(c => c.innerText.includes(arguments[1])) || null;", gridId, text));
        js("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
    }

    /** The element's text; the page rebuilds its figures after a save, so a stale element is looked up again. */
    private String text(String id) {
        return waitUntil(d -> {
            try {
                return d.findElement(By.id(id)).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return null;
            }
        });
    }

    private Long gridRows(String id) {
        return waitUntil(d -> {
            Object n = js("const g = document.getElementById(arguments[0]); return g && g._dataProviderController"
                    + " ? g.size : null;", id);
            return n == null ? null : ((Number) n).longValue();
        });
    }
}
