package vn.reformdesk.shell;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.reformdesk.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every role signs in, sees the Overview with its chart and the Units page; a leader cannot cross its scope. */
class FoundationBrowserTest extends BrowserTest {

    @Test
    void theChairSeesTheProvinceWithItsChartAndUnits() throws Exception {
        signIn("chair");
        open("?period=2024");
        waitFor(By.id("overview-units-chart"));
        Long bars = waitUntil(d -> {
            Object n = js("const c = document.getElementById('overview-units-chart').chart;"
                    + " return c && c.w ? c.w.globals.series[0].length : null;");
            return n == null ? null : ((Number) n).longValue();
        });
        assertThat(bars).isEqualTo(11L);
        assertThat(bodyText()).contains("Tỉnh An Giang", "Huyện Châu Thành", "Tổng quan", "Sở");
        screenshot("foundation-overview-chair-vi");

        open("units?unit=892&period=2024");
        waitFor(By.cssSelector("vaadin-grid.unit-children"));
        assertThat(bodyText()).contains("Đơn vị trực thuộc (13)", "Tỉnh An Giang › Huyện Châu Thành");
        // the tree is opened down to the selected district, which is selected
        waitUntil(d -> js("const g = document.querySelector('vaadin-grid.unit-tree');"
                + " return g && g.selectedItems && g.selectedItems.length === 1;"));
        assertThat((String) js("return document.querySelector('vaadin-grid.unit-tree').innerText")).contains("Huyện Châu Thành");
        screenshot("foundation-units-chair-vi");

        switchLanguage("English");
        open("units?unit=892&period=2024");
        waitFor(By.cssSelector("vaadin-grid.unit-children"));
        assertThat(bodyText()).contains("Units below (13)", "Administrative units");
        screenshot("foundation-units-chair-en");
    }

    @Test
    void theTwoLevelStructureShowsFrom2026() throws Exception {
        signIn("chair");
        open("?unit=89&period=2026");
        assertThat(bodyText()).contains("Năm 2026", "Xã", "Phường").doesNotContain("Huyện Châu Thành");
        screenshot("foundation-overview-2026-two-level");
    }

    @Test
    void aDistrictLeaderStartsOnTheDistrictAndIsRefusedOtherUnits() throws Exception {
        signIn("chauthanh");
        open("?period=2024");
        waitFor(By.id("overview-units-chart"));
        assertThat(bodyText()).contains("Huyện Châu Thành").doesNotContain("Thành phố Long Xuyên");
        screenshot("foundation-overview-leader");

        open("?unit=883&period=2024");
        assertThat(bodyText()).contains("Không có quyền truy cập").doesNotContain("Phường Mỹ Bình");
        screenshot("foundation-access-denied");

        open("units?unit=89&period=2024");
        assertThat(bodyText()).contains("Không có quyền truy cập");
    }

    @Test
    void everyRoleSignsInAndSeesOverviewAndUnits() throws Exception {
        for (String user : new String[]{"admin", "secretariat", "anchau", "sonoivu"}) {
            login(user);
            open("?period=2024");
            waitFor(By.cssSelector("vaadin-side-nav"));
            assertThat(bodyText()).contains("Tổng quan", "Đơn vị hành chính");
            open("units?period=2024");
            waitFor(By.cssSelector("vaadin-grid-tree-toggle, vaadin-grid"));
            screenshot("foundation-units-" + user);
        }
        signIn("admin");
        open("units?period=2024");
        waitFor(By.id("gso-import"));
        open("admin/users");
        waitFor(By.id("add-user"));
        assertThat(bodyText()).contains("chauthanh", "Huyện Châu Thành", "Lãnh đạo đơn vị");
        screenshot("foundation-admin-users");
        // only the administrator has the accounts page
        signIn("chair");
        open("admin/users");
        assertThat(bodyText()).doesNotContain("chauthanh");
    }
}
