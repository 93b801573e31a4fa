package vn.reformdesk.myunit;

import vn.reformdesk.plans.StatusDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.base.Period;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.plans.TaskStatus;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.BrowserTest;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An Châu's leader finds the four tasks it leads in the district's plan on "My unit" and reports one done. */
class MyUnitBrowserTest extends BrowserTest {

    private static final String POSTPONED_TASK = "select t.id from plan_task t join reform_plan p on p.id = t.plan_id"
            + " join unit u on u.id = t.lead_unit_id where p.number = '31/KH-UBND' and u.code = '30589' and t.status = 'POSTPONED'";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    UnitService units;
    @Autowired
    vn.reformdesk.support.TestClock clock;

    private Long changedTask;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterEach
    void restoreTheSeedTask() {
        if (changedTask != null) {
            long id = changedTask;
            changedTask = null;
            AsUser.run(AsUser.secretariat(), () -> planCommands.updateStatus(id, plans.task(id, LocalDate.of(2019, 12, 31)).version(),
                    new StatusDraft(TaskStatus.POSTPONED, LocalDate.of(2019, 8, 20), null, "Chờ hướng dẫn của Sở Nội vụ", null),
                    ""));
        }
    }

    @Test
    void anChausLeaderSeesItsFourDistrictTasksMarksOneDoneAndTheDistrictFigureMoves() throws Exception {
        long postponed = jdbc.queryForObject(POSTPONED_TASK, Long.class);
        long otherTask = jdbc.queryForObject("select t.id from plan_task t join unit u on u.id = t.lead_unit_id join reform_plan p"
                + " on p.id = t.plan_id where p.number = '31/KH-UBND' and u.code = '892' order by t.id limit 1", Long.class);

        signIn("chair");
        open("plans?unit=892&period=2019");
        assertThat(waitFor(By.id("plans-done")).getText()).startsWith("32/36");

        login("anchau");
        assertThat(driver.getCurrentUrl()).contains("my-unit");
        open("my-unit?period=2019");
        WebElement agenda = waitFor(By.id("myunit-agenda"));
        List<WebElement> tasks = agenda.findElements(By.cssSelector(".rd-list-row[data-kind='plan-task']"));
        assertThat(tasks).hasSize(4).allSatisfy(row -> assertThat(row.getText()).contains("31/KH-UBND"));
        // overdue first: the postponed task, past its deadline of 31/08/2019
        assertThat(tasks.getFirst().getAttribute("data-id")).isEqualTo(Long.toString(postponed));
        assertThat(tasks.getFirst().getText()).contains("Quá hạn", "hạn 31/08/2019");
        assertThat(agenda.getText()).contains("Đã xong");
        screenshot("myunit-anchau-2019-vi");

        tasks.getFirst().findElement(By.cssSelector("a")).click();
        waitFor(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog"));
        WebElement done = waitUntil(d -> d.findElements(By.cssSelector("#task-status vaadin-radio-button")).stream()
                .filter(e -> e.getText().trim().equals("Hoàn thành")).findFirst().orElse(null));
        done.click();
        changedTask = postponed;
        waitFor(By.cssSelector("#task-evidence textarea")).sendKeys("Văn bản số 77/UBND ngày 31/12/2019");
        screenshot("myunit-anchau-marks-done-vi");
        waitFor(By.id("task-save")).click();
        waitUntil(d -> d.findElements(By.id("task-save")).isEmpty());
        assertThat(waitFor(By.id("plans-led-elsewhere")).getText()).contains("31/KH-UBND");
        screenshot("plans-anchau-led-elsewhere-vi");

        // the rest of the district's plan stays out of reach, also through the URL
        open("plans?unit=892&period=2019");
        assertThat(bodyText()).contains("Không có quyền truy cập").doesNotContain("32/36").doesNotContain("33/36");
        open("plans?unit=30589&period=2019&task=" + otherTask);
        assertThat(bodyText()).contains("Không có quyền truy cập");
        assertThat(driver.findElements(By.id("task-save"))).isEmpty();

        signIn("chair");
        open("plans?unit=892&period=2019");
        assertThat(waitFor(By.id("plans-done")).getText()).startsWith("33/36");
        var anChau = AsUser.call(AsUser.chair(), () -> units.findByCode("30589", Period.year(2019)).orElseThrow());
        assertThat(AsUser.call(AsUser.chair(), () -> plans.task(postponed, LocalDate.of(2019, 12, 31)).status())).isEqualTo(TaskStatus.DONE);
        assertThat(anChau.code()).isEqualTo("30589");
    }

    @Test
    void chauThanhsLeaderSeesWhatTheDistrictMustDoAndItsCommunesWorstFirst() throws Exception {
        login("chauthanh");
        assertThat(driver.getCurrentUrl()).contains("my-unit");
        open("my-unit?period=2019");
        waitFor(By.id("myunit-agenda"));
        WebElement children = waitFor(By.id("myunit-children"));
        assertThat(children.findElements(By.cssSelector(".rd-list-row"))).hasSize(13);
        assertThat(bodyText()).contains("Đơn vị của tôi – Huyện Châu Thành", "Việc phải làm", "Đơn vị trực thuộc, yếu nhất trước");
        screenshot("myunit-chauthanh-2019-vi");

        // the field figures against the targets, with the gaps in each field's terms, at nine months of 2019
        open("my-unit?unit=892&period=2019-9M");
        WebElement figures = waitFor(By.id("myunit-figures"));
        assertThat(figures.findElements(By.cssSelector(".rd-list-row[data-measure]"))).isNotEmpty();
        assertThat(figures.getText()).contains("80,6% (29/36)", "đã kiểm tra 6/10 đơn vị: còn thiếu 2 để đạt 80%",
                "tính đến ngày 30/09/2019");
        assertThat(waitFor(By.id("myunit-points-lost")).getAttribute("href")).contains("rankings/unit");
        screenshot("myunit-chauthanh-2019-9m-vi");
        switchLanguage("English");
        open("my-unit?period=2019");
        waitFor(By.id("myunit-agenda"));
        assertThat(bodyText()).contains("My unit – ", "To do:", "Units below, weakest first");
        screenshot("myunit-chauthanh-2019-en");
        switchLanguage("Tiếng Việt");
    }

    @Test
    void chauThanhsLeaderReadsTheDistrictsGapsWithTheirNumbers() throws Exception {
        clock.setToday(LocalDate.of(2026, 11, 30));
        signIn("chauthanh");
        open("my-unit?unit=892&period=2024");
        WebElement figures = waitFor(By.id("myunit-figures"));
        assertThat(figures.getText()).contains(
                "trực tuyến 43,0% so với tối thiểu 50%",
                "26 hồ sơ tồn quá hạn",
                "5 hồ sơ giải quyết quá hạn chưa có thư xin lỗi",
                "2 nhiệm vụ kế hoạch quá hạn",
                "16 kiến nghị quá hạn chưa khắc phục",
                "hạng 6/11, tụt 2 bậc; mất 4,75 điểm so với năm trước",
                "tính đến ngày 31/12/2024");
        screenshot("myunit-chauthanh-2024-gaps-vi");
    }
}
