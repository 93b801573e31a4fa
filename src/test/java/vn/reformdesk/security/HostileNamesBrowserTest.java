package vn.reformdesk.security;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.BrowserTest;
import vn.reformdesk.units.UnitAdminService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text is text: hostile unit and series names go through every kind of chart (tooltips, legends, titles,
 * labels) and through the pages of a unit named like one; no script of theirs runs and the names show as
 * written.
 */
class HostileNamesBrowserTest extends BrowserTest {

    @Autowired
    UnitAdminService admin;

    private boolean xssRan() {
        return Boolean.TRUE.equals(js("return window.__xss !== undefined;"));
    }

    private void hoverAll(String chartId, String selector) {
        List<WebElement> parts = waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#" + chartId + " " + selector));
            return found.isEmpty() ? null : found;
        });
        for (WebElement part : parts.subList(0, Math.min(3, parts.size()))) {
            new Actions(driver).moveToElement(part).perform();
        }
    }

    @Test
    void hostileNamesInEveryChartStayText() throws Exception {
        signIn("chair");
        open("test/hostile-charts");
        waitFor(By.cssSelector("#hostile-donut svg"));
        hoverAll("hostile-bar", ".apexcharts-bar-area");
        String tooltip = (String) js("return document.querySelector('#hostile-bar .apexcharts-tooltip').textContent;");
        assertThat(tooltip).contains("<img src=x");
        hoverAll("hostile-hbar", ".apexcharts-bar-area");
        hoverAll("hostile-line", ".apexcharts-series path");
        hoverAll("hostile-donut", ".apexcharts-pie-area");
        String donutTooltip = (String) js("return document.querySelector('#hostile-donut .apexcharts-tooltip').textContent;");
        assertThat(donutTooltip).contains("<");
        String legends = (String) js("return Array.from(document.querySelectorAll('.apexcharts-legend-text')).map(e => e.textContent).join('|');");
        assertThat(legends).contains("<img src=x").contains("<svg onload");
        assertThat(((Number) js("return document.querySelectorAll('rd-apex-chart img, rd-apex-chart b, .apexcharts-legend svg[onload]').length;")).intValue())
                .as("no element made from a name").isZero();
        screenshot("hostile-charts");
        assertThat(xssRan()).as("a script from a name ran").isFalse();
    }

    @Test
    void aUnitWithAHostileNameIsShownAsTextOnEveryPage() throws Exception {
        String code = "X" + System.nanoTime() % 100000;
        UnitRef province = AsUser.call(AsUser.admin(), () -> {
            UnitRef p = admin.create(new UnitAdminService.NewUnit(code, "Tỉnh <img src=x onerror=\"window.__xss=1\">", null,
                    UnitTier.PROVINCE, "TINH", null, null, null));
            for (int d = 1; d <= 2; d++) {
                UnitRef district = admin.create(new UnitAdminService.NewUnit(code + "-" + d,
                        "Huyện " + d + " <img src=x onerror=\"window.__xss=1\">", null, UnitTier.DISTRICT, "HUYEN", p.id(), null, null));
                for (int c = 1; c <= d; c++) {
                    admin.create(new UnitAdminService.NewUnit(code + "-" + d + "-" + c, "Xã <script>window.__xss=1</script> " + c,
                            null, UnitTier.COMMUNE, "XA", district.id(), null, null));
                }
            }
            return p;
        });
        signIn("chair");
        for (String page : List.of("", "units", "plans", "dossiers", "rankings", "inspections")) {
            open(page + "?unit=" + province.code() + "&period=2024");
            waitFor(By.cssSelector("vaadin-app-layout"));
            if (page.isEmpty()) {
                waitFor(By.cssSelector("#overview-units-chart svg"));
                hoverAll("overview-units-chart", ".apexcharts-bar-area");
                screenshot("hostile-unit-overview");
            }
            assertThat(xssRan()).as("script ran on /" + page).isFalse();
            assertThat(bodyText()).as("/" + page).contains("<img src=x");
        }
    }
}
