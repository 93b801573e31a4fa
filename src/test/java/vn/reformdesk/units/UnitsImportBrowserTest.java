package vn.reformdesk.units;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import vn.reformdesk.support.BrowserTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator imports a unit list from the Units page: a bad file shows its errors, a good one imports. */
class UnitsImportBrowserTest extends BrowserTest {

    private static final String HEADER = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\n";

    @Test
    void aBadFileListsItsErrorsByLineAndAGoodFileImports() throws Exception {
        Path bad = Files.createTempFile(Path.of("target").toAbsolutePath(), "units-bad", ".csv");
        Files.writeString(bad, HEADER + "Tỉnh Giao Diện,81,Huyện G,997,Xã G1,99701,Xã,\n"
                + "Tỉnh Giao Diện,81,Huyện G,997,Xã G2,99701,Xã,\n"
                + "Tỉnh Giao Diện,81,Huyện G,997,Xã G3,997AB,Xã,\n", StandardCharsets.UTF_8);
        Path good = Files.createTempFile(Path.of("target").toAbsolutePath(), "units-good", ".csv");
        Files.writeString(good, HEADER + "Tỉnh Giao Diện,81,Huyện G,997,Xã G1,99701,Xã,\n"
                + "Tỉnh Giao Diện,81,Huyện G,997,Xã G2,99702,Xã,\n", StandardCharsets.UTF_8);

        signIn("admin");
        open("units?period=2024");
        waitFor(By.id("gso-import")).click();
        // the upload speaks the UI's language, not the component's English
        WebElement picker = waitFor(By.cssSelector("vaadin-upload.import-upload"));
        assertThat(picker.getText()).contains("Chọn tệp…").contains("Hoặc kéo thả tệp vào đây").doesNotContain("Upload").doesNotContain("Drop");
        upload(bad);
        waitUntil(d -> bodyText().contains("chưa có dữ liệu nào được ghi"));
        String text = bodyText();
        assertThat(text).contains("Mã xã 99701 đã có ở dòng 2").contains("Mã PX");
        screenshot("units-import-errors");

        upload(good);
        waitUntil(d -> bodyText().contains("Đã nhập 1 tỉnh, 1 huyện, 2 xã"));
        screenshot("units-import-done");
    }

    private void upload(Path file) {
        WebElement upload = waitFor(By.cssSelector("vaadin-upload.import-upload"));
        SearchContext root = upload.getShadowRoot();
        WebElement input = root.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toString());
    }
}
