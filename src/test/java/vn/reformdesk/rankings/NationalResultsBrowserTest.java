package vn.reformdesk.rankings;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import vn.reformdesk.base.Formats;
import vn.reformdesk.support.BrowserTest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The province's national results with their parts: the rankings page, the review page, and the import refusing a bad file. */
class NationalResultsBrowserTest extends BrowserTest {

    private static final Locale VI = Locale.of("vi");

    @Test
    void theChairSeesThePartsOfTheNationalResultsWithTheirChange() throws Exception {
        signIn("chair");
        open("rankings?unit=89&period=2024&index=PAR-HUYEN");
        waitFor(By.id("rk-national-parts-PAPI"));
        String papi2024 = "2024";
        // the demo's PAPI e-governance dimension of 2024 and its change since 2023, as the page must state them
        NationalPart egov2024 = part("PAPI", 2024, "8");
        NationalPart egov2023 = part("PAPI", 2023, "8");
        BigDecimal change = egov2024.value().subtract(egov2023.value());
        String changeText = (change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "±") + Formats.decimal(Math.abs(change.doubleValue()), 2, VI);
        String partsText = text("rk-national-parts");
        assertThat(partsText).contains("Các chỉ số thành phần năm " + papi2024, "8. Quản trị điện tử", "7. Quản trị môi trường",
                Formats.decimal(egov2024.value().doubleValue(), 2, VI) + "/10 điểm", changeText,
                "3. Cải cách thủ tục hành chính", "5. Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "3. Dịch vụ công trực tuyến", "/22 điểm");
        // each table reads across: its headings side by side in one row, each row's cells too
        assertThat((Boolean) js("return [...document.querySelectorAll('#rk-national-parts table, .rk-national-table table')].every(t =>"
                + " [...t.rows].every(r => [...r.cells].every(c => c.offsetTop === r.cells[0].offsetTop && c.offsetLeft >= r.cells[0].offsetLeft)))"
                + " && document.querySelectorAll('#rk-national-parts table').length > 0;"))
                .as("tables laid out as tables").isTrue();
        js("document.getElementById('rk-national-parts').scrollIntoView();");
        screenshot("national-parts-2024-vi");

        // 2018: PAPI's first year with 8 dimensions; the two new ones have no year before
        WebElement year = waitFor(By.id("rk-national-parts-year"));
        js("arguments[0].scrollIntoView({block: 'center'});", year);
        year.click();
        // the items of this select only (the period select in the header lists years too)
        waitUntil(d -> (Boolean) js("return !!document.querySelector('#rk-national-parts-year vaadin-select-item, vaadin-select-overlay[opened] vaadin-select-item');"));
        js("const items = [...document.querySelectorAll('#rk-national-parts-year vaadin-select-item')];"
                + " const list = items.length ? items : [...document.querySelectorAll('vaadin-select-overlay[opened] vaadin-select-item')];"
                + " list.find(i => i.textContent.trim() === '2018').click();");
        waitUntil(d -> text("rk-national-parts").contains("Các chỉ số thành phần năm 2018"));
        String parts2018 = text("rk-national-parts");
        assertThat(parts2018).contains("8. Quản trị điện tử", "chưa có năm trước").doesNotContain("Dịch vụ công trực tuyến");
        js("document.getElementById('rk-national-parts').scrollIntoView();");
        screenshot("national-parts-2018-vi");

        driver.manage().window().setSize(new Dimension(390, 900));
        try {
            open("rankings?unit=89&period=2024&index=PAR-HUYEN");
            waitFor(By.id("rk-national-parts-PAPI"));
            js("document.getElementById('rk-national-parts').scrollIntoView();");
            screenshot("national-parts-2024-390-vi");
        } finally {
            driver.manage().window().setSize(new Dimension(1440, 1000));
        }

        // the review of the province lists the parts under their totals
        open("review?unit=89&period=2024");
        waitFor(By.id("review-national"));
        assertThat(text("review-national")).contains("PAPI 2024 · 8. Quản trị điện tử", "so với năm trước", "PAR INDEX 2024 · 7.");
        js("document.getElementById('review-national').scrollIntoView();");
        screenshot("national-parts-review-vi");
    }

    @Test
    void theSecretariatImportsNationalResultsAndABadFileIsRefusedRowByRow() throws Exception {
        signIn("secretariat");
        open("rankings/define?unit=89&period=2024");
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", waitFor(By.id("rk-national-import")));
        waitFor(By.cssSelector("vaadin-upload"));
        Path bad = Files.createTempFile("national-bad", ".csv");
        Files.writeString(bad, "Chỉ số;Năm;Phần;Giá trị;Thang điểm;Hạng;Số tỉnh\n"
                + "PAPI;2016;7;3,10;;;\n"
                + "PAPI;2024;1;12;;;\n", StandardCharsets.UTF_8);
        upload(bad);
        waitUntil(d -> bodyText().contains("không có phần"));
        assertThat(bodyText()).contains("PAPI năm 2016 không có phần “7”", "Giá trị 12 nằm ngoài 0–10");
        screenshot("national-import-errors-vi");
    }

    private String text(String id) {
        return (String) js("return document.getElementById(arguments[0]).innerText;", id);
    }

    private static NationalPart part(String kind, int year, String code) {
        for (Object[] n : RankingsDemoData.NATIONAL) {
            if (n[0].equals(kind) && n[1].equals(year)) {
                NationalResult total = new NationalResult(NationalResult.Kind.valueOf(kind), year, new BigDecimal((String) n[2]),
                        new BigDecimal((String) n[3]), (Integer) n[4], 63);
                List<NationalPart> parts = RankingsDemoData.demoParts(total);
                return parts.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
            }
        }
        throw new AssertionError(kind + " " + year);
    }

    private void upload(Path file) {
        WebElement input = (WebElement) js("const u = document.querySelector('vaadin-upload');"
                + " return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));");
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
