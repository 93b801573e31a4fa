package vn.reformdesk.units;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.reformdesk.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit search and the unit picker find units typed without diacritics or by code, and say so when they find
 * nothing; Enter on a focused row of a drill-down grid opens it like a click.
 */
class UnitSearchBrowserTest extends BrowserTest {

    @Test
    void theUnitSearchFindsWithoutDiacriticsAndByCodeAndSaysWhenNothingIsFound() throws Exception {
        signIn("chair");
        open("units?unit=89&period=2024");
        search("chau thanh");
        waitUntil(d -> treeText().contains("Huyện Châu Thành"));
        assertThat(isShown(".units-view p.nothing-found")).isFalse();
        screenshot("units-search-chau-thanh");

        search("892");
        waitUntil(d -> treeText().contains("Huyện Châu Thành"));
        search("VINH HANH");
        waitUntil(d -> treeText().contains("Xã Vĩnh Hanh"));

        search("qqxyz");
        waitUntil(d -> isShown(".units-view p.nothing-found"));
        assertThat(waitFor(By.cssSelector(".units-view p.nothing-found")).getText()).contains("Không tìm thấy đơn vị nào", "qqxyz");
        screenshot("units-search-nothing-found");
    }

    @Test
    void theUnitPickerFindsWithoutDiacriticsAndByCodeAndSaysWhenNothingIsFound() throws Exception {
        signIn("chair");
        open("dossiers?unit=89&period=2024");
        WebElement input = waitFor(By.cssSelector("vaadin-combo-box.header-down-picker input"));
        input.click();
        input.sendKeys("chau thanh");
        waitUntil(d -> overlayText().contains("Huyện Châu Thành"));
        screenshot("unit-picker-chau-thanh");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "892");
        waitUntil(d -> overlayText().contains("Huyện Châu Thành"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "qqxyz");
        waitUntil(d -> String.valueOf(js("return document.querySelector('vaadin-combo-box.header-down-picker').helperText;"))
                .contains("Không tìm thấy đơn vị nào"));
        screenshot("unit-picker-nothing-found");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "chau thanh");
        waitUntil(d -> overlayText().contains("Huyện Châu Thành"));
        waitUntil(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().contains("Huyện Châu Thành")).findFirst().orElse(null)).click();
        waitUntil(d -> d.getCurrentUrl().contains("unit=892"));
    }

    @Test
    void enterOnAFocusedRowDrillsDownLikeAClick() {
        signIn("chair");
        open("units?unit=89&period=2024");
        waitFor(By.cssSelector("vaadin-grid.unit-children"));
        // focus the first body cell with the keyboard's own means: Tab into the grid lands on the header, ArrowDown on the first row
        js("const g = document.querySelector('vaadin-grid.unit-children');"
                + "const cell = g.shadowRoot.querySelector('#items tr td'); cell.focus();");
        waitForVaadin();
        String first = String.valueOf(js("const g = document.querySelector('vaadin-grid.unit-children');"
                + "return g.shadowRoot.querySelector('#items tr td slot').assignedNodes()[0].textContent;"));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(d -> !d.getCurrentUrl().contains("unit=89&") && !d.getCurrentUrl().endsWith("unit=89"));
        waitForVaadin();
        assertThat(bodyText()).contains(first.trim());
    }

    private void search(String text) {
        WebElement input = waitFor(By.cssSelector(".units-view vaadin-text-field input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        waitForVaadin();
    }

    private String treeText() {
        return String.valueOf(js("return Array.from(document.querySelectorAll('vaadin-grid.unit-tree vaadin-grid-cell-content'))"
                + ".map(c => c.textContent).join('|');"));
    }

    private String overlayText() {
        return String.valueOf(js("return Array.from(document.querySelectorAll('vaadin-combo-box-item')).map(i => i.textContent).join('|');"));
    }

    private boolean isShown(String css) {
        return Boolean.TRUE.equals(js("const e = document.querySelector(arguments[0]); return !!e && e.offsetParent !== null && !e.hidden;", css));
    }
}
