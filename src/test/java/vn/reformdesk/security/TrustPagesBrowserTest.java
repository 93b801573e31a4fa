package vn.reformdesk.security;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import vn.reformdesk.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail page, the change-password dialog and the error page for an impossible period, in the browser. */
class TrustPagesBrowserTest extends BrowserTest {

    @Test
    void theAdministratorSearchesTheAuditTrail() throws Exception {
        signIn("admin");
        open("admin/audit");
        waitFor(By.id("audit-grid"));
        assertThat(bodyText()).contains("Nhật ký thay đổi");
        js("const f = document.querySelector('#audit-user'); f.value = 'system'; f.dispatchEvent(new Event('change'));");
        driver.findElement(By.id("audit-search")).click();
        waitForVaadin();
        assertThat(driver.findElement(By.id("audit-count")).getText()).doesNotStartWith("0 ");
        screenshot("trust-audit-1440");
        driver.manage().window().setSize(new Dimension(390, 844));
        open("admin/audit");
        waitFor(By.id("audit-grid"));
        screenshot("trust-audit-390");
        driver.manage().window().setSize(new Dimension(1440, 1000));
    }

    @Test
    void everyUserOpensTheChangePasswordDialog() throws Exception {
        signIn("anchau");
        open("?period=2024");
        waitFor(By.id("change-password")).click();
        waitFor(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog"));
        waitForVaadin();
        assertThat(bodyText()).contains("Mật khẩu hiện tại");
        screenshot("trust-change-password");
    }

    @Test
    void anImpossiblePeriodShowsAMessageNotAStackTrace() throws Exception {
        signIn("chair");
        open("dossiers?unit=89&period=1990");
        waitForVaadin();
        String text = bodyText();
        assertThat(text).doesNotContain("Exception").doesNotContain("at vn.reformdesk");
        screenshot("trust-impossible-period");
    }
}
