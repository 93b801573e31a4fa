package vn.reformdesk.units;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.plans.PlanRef;
import vn.reformdesk.plans.StatusDraft;
import vn.reformdesk.plans.TaskDraft;
import vn.reformdesk.plans.TaskRow;
import vn.reformdesk.plans.TaskStatus;
import vn.reformdesk.rankings.Band;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.Scale;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.BrowserTest;
import vn.reformdesk.support.TestUnits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A ministry's installation in the browser: the chair starts at the country, drills into a province and back. */
class MinistryBrowserTest extends BrowserTest {

    @Autowired
    Installation installation;
    @Autowired
    UnitAdminService unitAdmin;
    @Autowired
    TestUnits testUnits;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    PlanQueries plans;
    @Autowired
    IndexService indexes;

    @AfterEach
    void backToTheProvinceInstallation() {
        installation.reset();
        windowWidth(1440);
    }

    @Test
    void theChairStartsAtTheCountryDrillsIntoAProvinceAndBack() throws Exception {
        String code = "VN-B" + System.nanoTime() % 1_000_000;
        installation.switchTo(Installation.Kind.MINISTRY, code);
        UnitRef vn = AsUser.call(AsUser.admin(), () -> unitAdmin.create(new UnitAdminService.NewUnit(code, NationalRoot.NAME, NationalRoot.NAME_EN,
                UnitTier.NATION, NationalRoot.KIND, null, null, null)));
        TestUnits.Tree a = testUnits.province(2, 2, 1);
        TestUnits.Tree b = testUnits.province(1, 2, 0);
        PlanRef plan = AsUser.call(AsUser.secretariat(), () -> planCommands.createPlan(a.province().id(), 2024, "5/KH-UBND",
                LocalDate.of(2024, 1, 15), "Kế hoạch CCHC năm 2024"));
        TaskRow first = task(plan, a.district(0), LocalDate.of(2024, 6, 30));
        task(plan, a.district(1), LocalDate.of(2024, 10, 31));
        AsUser.run(AsUser.secretariat(), () -> planCommands.updateStatus(first.id(), plans.task(first.id(), LocalDate.of(2024, 6, 1)).version(),
                new StatusDraft(TaskStatus.DONE, LocalDate.of(2024, 6, 1), "Văn bản số 12", null, null), ""));

        // the country's index ranks the provinces, published
        AsUser.run(AsUser.secretariat(), () -> {
            IndexDef index = indexes.define(vn.id(), new IndexService.NewIndex("PAR-TINH", 2024, "Chỉ số CCHC cấp tỉnh", "Provincial PAR index",
                    Set.of(UnitTier.PROVINCE), Scale.PERCENT,
                    List.of(new Band("Tốt", "Good", new BigDecimal("80"), "green"), new Band("Yếu", "Weak", BigDecimal.ZERO, "red"))));
            indexes.defineCriteria(index.id(), List.of(
                    new IndexService.CriterionRow(2, "1", "Công tác chỉ đạo, điều hành", "Direction", new BigDecimal("10"), false),
                    new IndexService.CriterionRow(3, "1.1", "Kế hoạch CCHC", "Reform plan", new BigDecimal("10"), false)));
            indexes.saveScores(index.id(), List.of(
                    new IndexService.ScoreRow(2, a.province().code(), "1.1", null, new BigDecimal("7"), null),
                    new IndexService.ScoreRow(3, b.province().code(), "1.1", null, new BigDecimal("9"), null)));
            indexes.publish(index.id(), indexes.get(index.id()).version());
        });

        windowWidth(1440);
        signIn("chair");
        // no unit in the address: the chair starts at the country, whose drill-down lists its provinces
        open("plans?period=2024");
        waitFor(By.id("plans-drilldown"));
        waitUntil(d -> gridHas(a.province().name()) && gridHas(b.province().name()));
        assertThat(bodyText()).contains("Cả nước");
        screenshot("ministry-country-plans-1440");

        clickCell(a.province().name());
        waitUntil(d -> d.getCurrentUrl().contains("unit=" + a.province().code()));
        waitUntil(d -> gridHas(a.district(0).name()));
        assertThat(bodyText()).contains(a.province().name(), "5/KH-UBND").doesNotContain(b.province().name());
        screenshot("ministry-province-plans-1440");

        driver.navigate().back();
        waitUntil(d -> !d.getCurrentUrl().contains("unit=" + a.province().code()));
        waitUntil(d -> gridHas(b.province().name()));
        assertThat(bodyText()).contains("Cả nước");

        // the other pages open on the country too
        for (String page : List.of("dossiers", "inspections", "rankings")) {
            open(page + "?period=2024");
            waitUntil(d -> bodyText().contains("Cả nước"));
            assertThat(d().getCurrentUrl()).doesNotContain("error");
            screenshot("ministry-country-" + page + "-1440");
            if (page.equals("rankings")) {
                waitUntil(d -> bodyText().contains(b.province().name()));
                assertThat(bodyText()).contains("Chỉ số CCHC cấp tỉnh", a.province().name(), "90");
                // the national results are a province's, not the country's
                assertThat(d().findElements(By.cssSelector(".national-results, #rk-national"))).isEmpty();
                assertThat(bodyText()).doesNotContain("Kết quả của tỉnh trên các chỉ số quốc gia");
            }
        }

        // the overview of the country: its units are provinces
        open("?period=2024");
        waitUntil(d -> bodyText().contains("Cả nước"));
        assertThat(bodyText()).contains("Tỉnh");
        screenshot("ministry-country-overview-1440");

        windowWidth(390);
        open("plans?period=2024");
        waitFor(By.id("plans-drilldown"));
        waitUntil(d -> gridHas(a.province().name()));
        screenshot("ministry-country-plans-390");
        open("plans?unit=" + a.province().code() + "&period=2024");
        waitUntil(d -> gridHas(a.district(0).name()));
        screenshot("ministry-province-plans-390");
    }

    private org.openqa.selenium.WebDriver d() {
        return driver;
    }

    private TaskRow task(PlanRef plan, UnitRef lead, LocalDate deadline) {
        return AsUser.call(AsUser.secretariat(), () -> planCommands.addTask(plan.id(), new TaskDraft("", "Rà soát thủ tục hạn " + deadline,
                plans.areas().getFirst().id(), lead.id(), List.of(), deadline, "Báo cáo", null)));
    }

    private boolean gridHas(String text) {
        return Boolean.TRUE.equals(js("const g = document.getElementById('plans-drilldown');"
                + " return !!g && [...g.querySelectorAll('vaadin-grid-cell-content')].some(c => c.innerText.includes(arguments[0]));", text));
    }

    private void clickCell(String text) {
        WebElement cell = waitUntil(d -> (WebElement) js("return [...document.querySelectorAll('#plans-drilldown vaadin-grid-cell-content')]"
                + ".find(c => c.innerText.includes(arguments[0])) || null;", text));
        js("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
    }
}
