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
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.BrowserTest;
import vn.reformdesk.support.TestUnits;

import java.time.LocalDate;
import java.util.List;

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

    @AfterEach
    void backToTheProvinceInstallation() {
        installation.reset();
        windowWidth(1440);
    }

    @Test
    void theChairStartsAtTheCountryDrillsIntoAProvinceAndBack() throws Exception {
        String code = "VN-B" + System.nanoTime() % 1_000_000;
        installation.switchTo(Installation.Kind.MINISTRY, code);
        AsUser.run(AsUser.admin(), () -> unitAdmin.create(new UnitAdminService.NewUnit(code, NationalRoot.NAME, NationalRoot.NAME_EN,
                UnitTier.NATION, NationalRoot.KIND, null, null, null)));
        TestUnits.Tree a = testUnits.province(2, 2, 1);
        TestUnits.Tree b = testUnits.province(1, 2, 0);
        PlanRef plan = AsUser.call(AsUser.secretariat(), () -> planCommands.createPlan(a.province().id(), 2024, "5/KH-UBND",
                LocalDate.of(2024, 1, 15), "Kế hoạch CCHC năm 2024"));
        TaskRow first = task(plan, a.district(0), LocalDate.of(2024, 6, 30));
        task(plan, a.district(1), LocalDate.of(2024, 10, 31));
        AsUser.run(AsUser.secretariat(), () -> planCommands.updateStatus(first.id(), plans.task(first.id(), LocalDate.of(2024, 6, 1)).version(),
                new StatusDraft(TaskStatus.DONE, LocalDate.of(2024, 6, 1), "Văn bản số 12", null, null), ""));

        windowWidth(1440);
        login("chair");
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
