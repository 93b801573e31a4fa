package vn.reformdesk.database;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.support.BrowserTest;
import vn.reformdesk.support.PostgresRestart;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL that the running application uses is restarted ({@code pg_ctl restart -m fast}, which
 * cuts every pooled connection) while a user is on a page; the user's next click, an API call and a service read
 * all work without restarting the application.
 */
class DatabaseRestartBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Value("${reformdesk.embedded-db.dir}")
    String dataDir;

    /** The side navigation's entry whose path names the page. */
    private WebElement navItem(String page) {
        return waitUntil(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(e -> String.valueOf(e.getDomProperty("path")).contains(page)).findFirst().orElse(null));
    }

    @Test
    void afterPostgresqlRestartsTheNextClickWorksWithoutRestartingTheApp() throws Exception {
        signIn("chair");
        open("dossiers?unit=892&period=2019");
        navItem("plans");
        assertThat(bodyText()).doesNotContain("Đã xảy ra lỗi");
        long sessionBefore = jdbc.queryForObject("select pg_backend_pid()", Long.class);

        Path dir = Path.of(dataDir);
        long before = PostgresRestart.pid(dir);
        long after = PostgresRestart.restart(dir);
        assertThat(after).isNotEqualTo(before);

        // the user, still on the page, clicks to the plans: a server round trip that reads the database
        WebElement plans = navItem("plans");
        plans.click();
        waitUntil(d -> d.getCurrentUrl().contains("/plans"));
        waitForVaadin();
        waitFor(By.cssSelector("vaadin-grid"));
        screenshot("database-restart-next-click");
        assertThat(bodyText()).doesNotContain("Đã xảy ra lỗi").doesNotContain("Exception");

        // and back to the dossiers, with their figures read again
        open("dossiers?unit=892&period=2019");
        assertThat(bodyText()).doesNotContain("Đã xảy ra lỗi").doesNotContain("Exception");

        // an API call and a service read on the same pool
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("api/dossiers/kpi?unit=892&period=2019")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("chair:demo1234".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(api.body()).contains("\"unit\":\"892\"");
        long sessionAfter = jdbc.queryForObject("select pg_backend_pid()", Long.class);
        assertThat(sessionAfter).as("a new database session after the restart").isNotEqualTo(sessionBefore);
        assertThat(PostgresRestart.pid(dir)).isEqualTo(after);
    }
}
