package vn.reformdesk.targets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat sets a commune's own target on /targets; the dossier page's online tile shows the new rule and turns green. */
class TargetsBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheTarget() {
        jdbc.update("delete from scorecard_target where unit_id = (select id from unit where code = '30589' order by id desc limit 1)"
                + " and target_id = 'dossiers.online-share'");
    }

    private String onlineTile() {
        return (String) js("return document.getElementById('tile-online').textContent;");
    }

    private String onlineClass() {
        return (String) js("return document.getElementById('tile-online').className;");
    }

    @Test
    void aUnitsOwnTargetSetOnTheTargetsPageChangesTheDossierTilesRule() throws Exception {
        signIn("secretariat");
        open("dossiers?unit=30589&period=2019");
        waitFor(By.id("dossier-tiles"));
        assertThat(onlineTile()).contains("tối thiểu 50");
        String before = onlineClass();

        waitFor(By.id("dossiers-targets")).click();
        waitFor(By.id("targets-grid"));
        waitFor(By.id("targets-edit-dossiers.online-share")).click();
        WebElement value = waitFor(By.cssSelector("#targets-value input"));
        // above the largest target and a year before 1990: refused on their fields, in Vietnamese, and nothing is saved
        value.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20000000");
        waitFor(By.cssSelector("#targets-year input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "1800", Keys.TAB);
        waitFor(By.id("targets-save")).click();
        waitUntil(d -> "Giá trị chỉ tiêu phải từ 0 đến 10.000.000.".equals(js("return document.getElementById('targets-value').errorMessage;")));
        waitUntil(d -> "Năm phải từ 1990 đến 2100.".equals(js("return document.getElementById('targets-year').errorMessage;")));
        assertThat(js("return document.getElementById('targets-value').invalid;")).isEqualTo(true);
        waitFor(By.cssSelector("#targets-year input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2019", Keys.TAB);
        value.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10");
        screenshot("targets-own-target-dialog-1440");
        waitFor(By.id("targets-save")).click();
        waitUntil(d -> bodyText().contains("10,0%"));
        screenshot("targets-own-target-set-1440");

        open("dossiers?unit=30589&period=2019");
        waitFor(By.id("dossier-tiles"));
        waitUntil(d -> onlineTile().contains("tối thiểu 10,0"));
        screenshot("targets-dossier-tile-after-1440");
        // An Châu's 11,1% online missed the default 50% (red) and meets its own 10% (green)
        assertThat(before).contains("rating-red");
        assertThat(onlineClass()).contains("rating-green");
    }
}
