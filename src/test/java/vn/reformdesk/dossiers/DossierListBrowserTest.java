package vn.reformdesk.dossiers;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import vn.reformdesk.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A tile opens the list of the dossiers it counts, with the same count (filters and id search: see DossierFiguresMatchTheirListTest). */
class DossierListBrowserTest extends BrowserTest {

    private long number(String script) {
        String text = (String) js(script);
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private long listCount() {
        return number("return document.getElementById('dossier-list-count').textContent;");
    }

    @Test
    void theReceivedTileOpensItsDossiersWithTheSameCount() throws Exception {
        login("chair");
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(1440, 900));
            open("dossiers?unit=892&period=2024");
            waitFor(By.id("tile-received"));
            long received = number("return document.querySelector('#tile-received .dossier-tile-value').textContent;");
            assertThat(received).isPositive();
            assertThat((String) js("return document.getElementById('tile-received').getAttribute('role');")).isEqualTo("button");
            js("document.getElementById('tile-received').click();");
            waitUntil(d -> d.getCurrentUrl().contains("dossiers/list") && d.getCurrentUrl().contains("list=received"));
            waitFor(By.id("dossier-list"));
            waitUntil(d -> !((String) js("return document.getElementById('dossier-list-count').textContent;")).isBlank());
            assertThat(listCount()).isEqualTo(received);
            assertThat(bodyText()).contains("Hồ sơ tiếp nhận").contains("Huyện Châu Thành");
            screenshot("dossier-list-received-892-2024-1440");
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
