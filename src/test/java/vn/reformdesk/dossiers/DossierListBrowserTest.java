package vn.reformdesk.dossiers;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.DossierListService.Filter;
import vn.reformdesk.dossiers.DossierListService.Query;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.BrowserTest;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tile opens the list of the dossiers it counts, with the same count (the total's tiles and the split's "units
 * below"); a status filter changes the count to the right figure, an id search shows exactly that dossier, and both
 * live in the URL, so a reload keeps them; values the list does not know are ignored with a note. Where a figure
 * includes reported totals (sums without records) the list says so, and not where it comes from records only.
 */
class DossierListBrowserTest extends BrowserTest {

    @Autowired
    DossierListService list;
    @Autowired
    UnitService units;
    @Autowired
    DossierKpiService kpis;
    @Autowired
    DossierArchiveService archives;

    private long number(String script) {
        String text = (String) js(script);
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private long tile(String id) {
        waitFor(By.id(id));
        return number("return document.querySelector('#" + id + " .dossier-tile-value').textContent;");
    }

    private long listCount() {
        return number("return document.getElementById('dossier-list-count').textContent;");
    }

    private void waitForCount() {
        waitFor(By.id("dossier-list"));
        waitUntil(d -> !((String) js("return document.getElementById('dossier-list-count').textContent;")).isBlank());
    }

    private void waitForCount(long expected) {
        waitForCount();
        waitUntil(d -> listCount() == expected);
    }

    /** Picks an item of a Vaadin combo box by its label, as a user does: type, then click the item. */
    private void choose(String comboId, String label) {
        WebElement input = waitFor(By.id(comboId)).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(label);
        WebElement item = waitUntil(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.getText().trim().equals(label)).findFirst().orElse(null));
        item.click();
        waitForVaadin();
    }

    private long count(UnitRef unit, Period period, DossierListKind kind, Filter filter) {
        return AsUser.call(AsUser.chair(), () -> list.count(new Query(unit, period, kind, filter)));
    }

    @Test
    void aTileOpensItsDossiersAndTheFiltersAndTheSearchLiveInTheUrl() throws Exception {
        signIn("chair");
        Period year = Period.year(2024);
        UnitRef chauThanh = AsUser.call(AsUser.chair(), () -> units.findByCode("892", year).orElseThrow());
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(1440, 900));
            // the total's tile
            open("dossiers?unit=892&period=2024");
            long received = tile("tile-received");
            assertThat(received).isPositive();
            assertThat((String) js("return document.getElementById('tile-received').getAttribute('role');")).isEqualTo("button");
            js("document.getElementById('tile-received').click();");
            waitUntil(d -> d.getCurrentUrl().contains("dossiers/list") && d.getCurrentUrl().contains("list=received"));
            waitForCount();
            assertThat(listCount()).isEqualTo(received);
            assertThat(bodyText()).contains("Hồ sơ tiếp nhận").contains("Huyện Châu Thành");
            assertThat(js("return document.getElementById('dossier-list-reported');")).as("records only: no reported-totals warning").isNull();
            screenshot("dossier-list-received-892-2024-1440");

            // a tile of the split: the units below the district
            open("dossiers?unit=892&period=2024");
            long belowResolved = tile("below-tile-resolved");
            assertThat(belowResolved).isPositive().isLessThan(tile("tile-resolved"));
            js("document.getElementById('below-tile-resolved').click();");
            waitUntil(d -> d.getCurrentUrl().contains("list=resolved") && d.getCurrentUrl().contains("part=below"));
            waitForCount(belowResolved);
            assertThat(listCount()).isEqualTo(belowResolved);

            // a status filter: the count becomes the late dossiers of the units below, and the URL keeps it
            long late = count(chauThanh, year, DossierListKind.RESOLVED, new Filter(null, null, DossierKpi.Status.LATE, null, null,
                    DossierKpi.Part.BELOW));
            assertThat(late).isPositive().isLessThan(belowResolved);
            choose("dossier-list-status", "Quá hạn");
            waitUntil(d -> d.getCurrentUrl().contains("status=LATE"));
            waitForCount(late);
            screenshot("dossier-list-below-late-892-2024-1440");
            driver.navigate().refresh();
            waitForVaadin();
            waitForCount(late);
            assertThat(driver.getCurrentUrl()).contains("status=LATE").contains("part=below").contains("list=resolved");
            assertThat((String) js("return document.querySelector('#dossier-list-status input').value;")).isEqualTo("Quá hạn");

            // the id search: exactly that dossier, kept on reload
            String id = AsUser.call(AsUser.chair(), () -> list.page(new Query(chauThanh, year, DossierListKind.RESOLVED,
                    new Filter(null, null, DossierKpi.Status.LATE, null, null, DossierKpi.Part.BELOW)), DossierListService.Sort.ID,
                    false, 0, 1)).getFirst().id();
            WebElement search = waitFor(By.id("dossier-list-search")).findElement(By.tagName("input"));
            search.sendKeys(id);
            waitUntil(d -> d.getCurrentUrl().contains("id="));
            waitForCount(1);
            waitUntil(d -> Long.valueOf(1).equals(js("return document.getElementById('dossier-list').size;")));
            waitUntil(d -> (Boolean) js("return Array.from(document.querySelectorAll('#dossier-list vaadin-grid-cell-content'))"
                    + ".some(c => c.textContent.trim() === arguments[0]);", id));
            screenshot("dossier-list-one-id-892-2024-1440");
            driver.navigate().refresh();
            waitForVaadin();
            waitForCount(1);
            assertThat((String) js("return document.querySelector('#dossier-list-search input').value;")).isEqualTo(id);

            driver.manage().window().setSize(new Dimension(390, 844));
            driver.navigate().refresh();
            waitForVaadin();
            waitForCount(1);
            screenshot("dossier-list-one-id-892-2024-390");
            assertThat((Boolean) js("const e = document.getElementById('dossier-list-none'); return !e || e.offsetParent === null;"))
                    .as("no nothing-found line when the dossier is found").isTrue();

            // an id that no dossier of the list starts with: the count and a line naming the id searched for
            driver.manage().window().setSize(new Dimension(1440, 900));
            open("dossiers/list?unit=892&period=2024&list=received&id=KHONG-CO-9999");
            waitForCount(0);
            waitUntil(d -> (Boolean) js("const e = document.getElementById('dossier-list-none'); return !!e && e.offsetParent !== null;"));
            assertThat((String) js("return document.getElementById('dossier-list-none').textContent;"))
                    .isEqualTo("Không có hồ sơ nào có mã bắt đầu bằng \"KHONG-CO-9999\" trong danh sách này với các bộ lọc đang chọn.");
            screenshot("dossier-list-id-not-found-892-2024-1440");
            // a list with nothing in it and no filter chosen says only that
            open("dossiers/list?unit=892&period=2010&list=received");
            waitForCount(0);
            waitUntil(d -> (Boolean) js("const e = document.getElementById('dossier-list-none'); return !!e && e.offsetParent !== null;"));
            assertThat((String) js("return document.getElementById('dossier-list-none').textContent;"))
                    .isEqualTo("Danh sách này không có hồ sơ nào.");

            // values the list does not know are ignored, with a note naming them
            driver.manage().window().setSize(new Dimension(1440, 900));
            open("dossiers/list?unit=892&period=2024&list=received&status=BOGUS&sort=nothing&channel=ONLINE");
            waitForCount(count(chauThanh, year, DossierListKind.RECEIVED, new Filter(null, null, null, "ONLINE", null)));
            String note = (String) js("return document.getElementById('dossier-list-ignored').textContent;");
            assertThat(note).contains("status=BOGUS").contains("sort=nothing").doesNotContain("channel");
            assertThat((Boolean) js("return document.getElementById('dossier-list-ignored').offsetParent !== null;")).isTrue();
            screenshot("dossier-list-ignored-892-2024-1440");
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Test
    void aFigureWithReportedTotalsSaysItsListHoldsTheRecordsOnly() throws Exception {
        signIn("chair");
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(1440, 900));
            // Châu Thành's 9 months of 2019 are the published reported totals (its desk and communes send no records)
            open("dossiers?unit=892&period=2019-9M");
            long received = tile("tile-received");
            js("document.getElementById('tile-received').click();");
            waitUntil(d -> d.getCurrentUrl().contains("list=received"));
            waitForCount();
            WebElement warning = waitFor(By.id("dossier-list-reported"));
            assertThat(warning.getText()).contains(vn.reformdesk.base.Formats.integer(received, java.util.Locale.forLanguageTag("vi")));
            // the list holds the recorded dossiers: the figure less the reported part the warning names
            UnitRef chauThanh = AsUser.call(AsUser.chair(), () -> units.findByCode("892", Period.nineMonths(2019)).orElseThrow());
            DossierKpiService.Summary s = AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(chauThanh), Period.nineMonths(2019)));
            long reported = s.reportedUsed().stream().mapToLong(r -> r.figures().received()).sum();
            assertThat(reported).isPositive();
            assertThat(warning.getText()).contains(vn.reformdesk.base.Formats.integer(reported, java.util.Locale.forLanguageTag("vi")));
            assertThat(listCount()).isEqualTo(received - reported);
            screenshot("dossier-list-reported-892-2019-9M-1440");
            // a unit whose figure comes from records only: no warning
            open("dossiers/list?unit=892&period=2024&list=received");
            waitForCount();
            assertThat(driver.findElements(By.id("dossier-list-reported"))).isEmpty();
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Test
    void aListThatMayMissArchivedRecordsSaysSoAndALaterOneDoesNot() throws Exception {
        AsUser.run(AsUser.admin(), () -> archives.archive(2016));
        try {
            signIn("chair");
            open("dossiers/list?unit=892&period=2016&list=received");
            waitForCount();
            waitUntil(d -> (Boolean) js("const e = document.getElementById('dossier-list-archived'); return !!e && e.offsetParent !== null;"));
            assertThat((String) js("return document.getElementById('dossier-list-archived').textContent;"))
                    .isEqualTo("Hồ sơ năm 2016 đã được lưu trữ: danh sách của kỳ bắt đầu từ ngày 31/12/2016 trở về trước có thể thiếu các hồ sơ đó."
                            + " Số liệu không thay đổi.");
            screenshot("dossier-list-archived-892-2016-1440");
            open("dossiers/list?unit=892&period=2024&list=received");
            waitForCount();
            assertThat((Boolean) js("const e = document.getElementById('dossier-list-archived'); return !!e && e.offsetParent !== null;"))
                    .as("a list of 2024 cannot miss a record of 2016").isFalse();
        } finally {
            AsUser.run(AsUser.admin(), () -> archives.restore(2016));
        }
    }

    /**
     * A download is answered outside the page's request, where Vaadin knows no UI and falls back to Vietnamese: both
     * Excel files of the dossier pages once came out in Vietnamese from a page shown in English.
     */
    @Test
    void theExcelFilesOfAPageInEnglishAreInEnglish() throws Exception {
        java.util.Locale en = vn.reformdesk.base.AppLocales.ENGLISH;
        signIn("chair");
        open("dossiers?unit=892&period=2024");
        switchLanguage("English");
        try {
            byte[] units = download(waitFor(By.id("dossiers-excel")));
            try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(units))) {
                assertThat(wb.getFirstSheet().getName()).isEqualTo(vn.reformdesk.base.AppI18NProvider.text("dossiers.children", en));
                assertThat(wb.getFirstSheet().read().getFirst().getCellText(0)).endsWith(" · Year 2024");
            }
            open("dossiers/list?unit=892&period=2024&list=received");
            waitForCount();
            byte[] list = download(waitFor(By.id("dossier-list-export")));
            try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(list))) {
                assertThat(wb.getFirstSheet().getName()).isEqualTo("Dossiers");
                java.util.List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
                assertThat(rows.get(0).getCellText(0)).isEqualTo("Dossiers received: Huyện Châu Thành");
                assertThat(rows.get(1).getCellText(0)).isEqualTo(vn.reformdesk.base.AppI18NProvider.text("dossiers.list.export.unit", en, "Huyện Châu Thành", "892"));
                assertThat(rows.get(2).getCellText(0)).isEqualTo("Period: Year 2024");
                assertThat(rows.stream().map(r -> r.getCellText(0)).toList())
                        .contains(vn.reformdesk.base.AppI18NProvider.text("dossiers.list.col.id", en));
            }
        } finally {
            switchLanguage("Tiếng Việt");
        }
    }
}
