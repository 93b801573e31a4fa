package vn.reformdesk.units;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import vn.reformdesk.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** 2024 → 2025 → 2026 across the reorganisation of 1 July 2025, and an abolished unit's page. */
class ReorganisationBrowserTest extends BrowserTest {

    @AfterEach
    void wide() {
        driver.manage().window().setSize(new Dimension(1440, 900));
    }

    @Test
    void plansDossiersAndRankingsWalkFrom2024To2026() throws Exception {
        driver.manage().window().setSize(new Dimension(1440, 900));
        signIn("chair");
        for (String page : new String[]{"plans", "dossiers", "rankings"}) {
            open(page + "?unit=89&period=2024");
            waitUntil(d -> bodyText().contains("Tỉnh An Giang"));
            if (!page.equals("rankings")) {
                waitUntil(d -> bodyText().contains("Huyện Châu Thành"));
            }
            screenshot("reorg-" + page + "-2024");

            open(page + "?unit=89&period=2025");
            waitFor(By.id("validity-notice"));
            assertThat(waitFor(By.id("validity-notice")).getText()).contains("01/07/2025", "Tỉnh An Giang");
            screenshot("reorg-" + page + "-2025");

            // the old province's code carries on as the new province (91) in 2026: no districts any more
            open(page + "?unit=89&period=2026");
            waitUntil(d -> bodyText().contains("Tỉnh An Giang") && bodyText().contains("2026"));
            if (page.equals("plans")) {
                waitUntil(d -> bodyText().contains("Xã An Châu"));
            }
            assertThat(bodyText()).contains("Tỉnh An Giang").doesNotContain("Huyện Châu Thành");
            screenshot("reorg-" + page + "-2026");
        }

        // a new commune before it existed: its figures are its predecessors', and the page says so
        open("dossiers?unit=30589&period=2024");
        assertThat(bodyText()).contains("Thị trấn An Châu");
        open("dossiers?unit=30589&period=2026");
        assertThat(bodyText()).contains("Xã An Châu");
        // after the change the old units' pending dossiers are counted here, and the page says so
        assertThat(waitFor(By.id("validity-notice")).getText()).contains("01/07/2025", "đang giải quyết");
        screenshot("reorg-dossiers-new-commune-2026");
        open("dossiers?unit=30589&period=2025");
        assertThat(waitFor(By.id("validity-notice")).getText()).contains("01/07/2025");
        screenshot("reorg-dossiers-new-commune-2025");
    }

    @Test
    void anAbolishedDistrictSaysWhenAndIntoWhatItWasMergedWithLinksBothWays() throws Exception {
        signIn("chair");
        open("dossiers?unit=892&period=2026");
        String notice = waitFor(By.id("validity-notice")).getText();
        assertThat(notice).contains("01/07/2025", "Xã An Châu", "Xã Vĩnh Hanh");
        screenshot("reorg-abolished-district-dossiers-2026");

        open("units?unit=892&period=2026");
        String successors = waitFor(By.id("unit-successors")).getText();
        assertThat(successors).contains("01/07/2025", "Xã An Châu (30589", "Xã Cần Đăng");
        screenshot("reorg-abolished-district-units-1440");

        waitFor(By.xpath("//div[@id='unit-successors']//a[contains(., 'Xã An Châu')]")).click();
        waitUntil(d -> d.getCurrentUrl().contains("unit=30589") && !d.findElements(By.id("unit-predecessors")).isEmpty());
        String predecessors = waitFor(By.id("unit-predecessors")).getText();
        assertThat(predecessors).contains("Thị trấn An Châu (30589", "Xã Hòa Bình Thạnh", "Xã Vĩnh Thành");
        assertThat(bodyText()).contains("Xã An Châu");
        screenshot("reorg-new-commune-units");

        waitFor(By.xpath("//div[@id='unit-predecessors']//a[contains(., 'Thị trấn An Châu')]")).click();
        waitUntil(d -> !d.findElements(By.id("unit-successors")).isEmpty() && bodyText().contains("Thị trấn An Châu"));
        assertThat(waitFor(By.id("unit-successors")).getText()).contains("Xã An Châu");

        driver.manage().window().setSize(new Dimension(390, 844));
        open("units?unit=892&period=2026");
        waitFor(By.id("unit-successors"));
        screenshot("reorg-abolished-district-units-390");
    }
}
