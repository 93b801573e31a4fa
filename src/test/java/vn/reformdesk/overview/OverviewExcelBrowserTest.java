package vn.reformdesk.overview;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.support.BrowserTest;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chair downloads the Overview's Excel from the page; the workbook holds the cards' sheets with unit, period and as of. */
class OverviewExcelBrowserTest extends BrowserTest {

    @Test
    void theOverviewsExcelButtonDownloadsTheCardsWorkbook() throws Exception {
        signIn("chair");
        open("?unit=89&period=2019");
        WebElement anchor = waitFor(By.id("overview-excel"));
        screenshot("overview-excel-1440");
        byte[] xlsx = download(anchor);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = wb.getSheets().map(s -> s.getName()).toList();
            assertThat(names).contains(AppI18NProvider.text("overview.units.title", AppLocales.VIETNAMESE),
                    AppI18NProvider.text("dossiers.card.title", AppLocales.VIETNAMESE));
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).contains("89").contains("2019");
            assertThat(rows.get(1).getCellText(0)).contains("31/12/2019");
        }
    }
}
