package vn.reformdesk.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a running two-server setup (docker/cluster/two-servers.sh starts it and then this test): sticky
 * sessions, a server stopped under its users, and optimistic locking across servers. Not part of the default
 * test run (tag "cluster"); skipped without {@code -Dcluster.url}.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersCheckTest {

    private static final String PASSWORD = "demo1234";
    private static final String PLAN = "77/KH-UBND";
    private static final String TASK = "Kiểm tra vận hành hai máy chủ";
    private static String base;
    private static WebDriver secretariat;
    private static WebDriver leader;

    @BeforeAll
    static void browsers() throws Exception {
        base = System.getProperty("cluster.url");
        Assumptions.assumeTrue(base != null && !base.isBlank(), "no -Dcluster.url: run docker/cluster/two-servers.sh");
        secretariat = Chromium.start("secretariat");
        leader = Chromium.start("leader");
    }

    @AfterAll
    static void close() {
        for (WebDriver d : new WebDriver[]{secretariat, leader}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    @Test
    @Order(1)
    void aSignedInUserStaysOnTheServerThatServedTheSignIn() {
        signIn(secretariat, "app1", "secretariat");
        signIn(leader, "app2", "chauthanh");
        for (String page : List.of("", "plans?unit=892&period=2019-9M", "dossiers?unit=892&period=2019-9M",
                "inspections?unit=892&period=2019", "rankings?unit=89&period=2024", "units")) {
            open(secretariat, page);
            open(leader, "plans?unit=892&period=2019-9M");
            assertThat(server(secretariat)).isEqualTo("app1");
            assertThat(server(leader)).isEqualTo("app2");
            assertThat(secretariat.getCurrentUrl()).doesNotContain("/login");
            assertThat(leader.getCurrentUrl()).doesNotContain("/login");
        }
        System.out.println("[two-servers] secretariat stayed on app1 and chauthanh on app2 over 6 pages each");
    }

    @Test
    @Order(2)
    void theSecondSaveOfATaskIsRefusedAlsoWhenTheTwoEditorsAreOnDifferentServers() {
        open(secretariat, "plans?unit=892&period=2025");
        click(secretariat, By.id("plans-create"));
        waitFor(secretariat, By.cssSelector("#plan-number input")).sendKeys(PLAN);
        click(secretariat, By.id("plan-save"));
        waitUntil(secretariat, d -> body(d).contains(PLAN));
        click(secretariat, By.id("plans-task-add"));
        waitFor(secretariat, By.cssSelector("#task-title textarea")).sendKeys(TASK);
        click(secretariat, By.id("task-save"));
        waitUntil(secretariat, d -> cellWith(d, TASK) != null);

        open(leader, "plans?unit=892&period=2025");
        openTask(leader);
        openTask(secretariat);
        waitFor(secretariat, By.cssSelector("#task-comment input")).sendKeys("Máy chủ 1 lưu trước");
        click(secretariat, By.id("task-save"));
        waitUntil(secretariat, d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty());

        waitFor(leader, By.cssSelector("#task-comment input")).sendKeys("Máy chủ 2 lưu sau");
        click(leader, By.id("task-save"));
        waitUntil(leader, d -> body(d).contains("Thay đổi của bạn chưa được lưu"));
        assertThat(server(secretariat)).isEqualTo("app1");
        assertThat(server(leader)).isEqualTo("app2");
        System.out.println("[two-servers] save on app1 kept, the later save on app2 refused: " + PLAN);
    }

    @Test
    @Order(3)
    void failedSignInsAreCountedAcrossBothServers() throws Exception {
        WebDriver intruder = Chromium.start("intruder");
        try {
            // five wrong passwords for one account, four through app1 and the fifth through app2
            for (int i = 0; i < 4; i++) {
                assertThat(trySignIn(intruder, "app1", "chair", "wrong-password-" + i)).isFalse();
            }
            assertThat(trySignIn(intruder, "app2", "chair", "wrong-password-4")).isFalse();
            // app1 knows of the failure made on app2: even the right password waits
            assertThat(trySignIn(intruder, "app1", "chair", PASSWORD)).isFalse();
            Thread.sleep(6_000);
            assertThat(trySignIn(intruder, "app1", "chair", PASSWORD)).isTrue();
            System.out.println("[two-servers] 4 failures on app1 + 1 on app2 made app1 refuse the right password until the 5 s wait had passed");
        } finally {
            intruder.quit();
        }
    }

    @Test
    @Order(4)
    void afterTheSharedPostgresqlRestartsTheNextClickWorksOnBothServers() throws Exception {
        String restart = System.getProperty("cluster.pg.restart");
        Assumptions.assumeTrue(restart != null && !restart.isBlank(), "no -Dcluster.pg.restart: run docker/cluster/two-servers.sh");
        open(secretariat, "dossiers?unit=892&period=2019-9M");
        open(leader, "dossiers?unit=892&period=2019-9M");
        Process process = new ProcessBuilder(restart.trim().split("\\s+")).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        System.out.println("[two-servers] PostgreSQL restarted (pg_ctl restart -m fast) while both users were on a page");

        // the next click of each user, on either server, reads the database again without an app restart
        for (WebDriver d : new WebDriver[]{secretariat, leader}) {
            WebElement plans = waitUntil(d, x -> x.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .filter(e -> String.valueOf(e.getDomProperty("path")).contains("plans")).findFirst().orElse(null));
            plans.click();
            waitUntil(d, x -> x.getCurrentUrl().contains("/plans"));
            waitFor(d, By.cssSelector("vaadin-grid"));
            assertThat(body(d)).doesNotContain("Đã xảy ra lỗi");
        }
        open(secretariat, "plans?unit=892&period=2025");
        waitUntil(secretariat, d -> body(d).contains(PLAN));
        assertThat(server(secretariat)).isEqualTo("app1");
        assertThat(server(leader)).isEqualTo("app2");
        System.out.println("[two-servers] after the restart, the next click worked on app1 and on app2");
    }

    @Test
    @Order(5)
    void stoppingAServerSignsOutOnlyItsUsersWhoCarryOnOnTheOtherWithNothingLost() throws Exception {
        long pid = Long.parseLong(System.getProperty("cluster.pid.app1"));
        ProcessHandle app1 = ProcessHandle.of(pid).orElseThrow();
        app1.destroy();
        app1.onExit().get(120, java.util.concurrent.TimeUnit.SECONDS);
        System.out.println("[two-servers] app1 stopped (pid " + pid + ")");

        open(leader, "plans?unit=892&period=2025");
        assertThat(leader.getCurrentUrl()).doesNotContain("/login");
        assertThat(server(leader)).isEqualTo("app2");
        assertThat(body(leader)).contains(PLAN);

        secretariat.get(base + "/plans?unit=892&period=2025");
        waitUntil(secretariat, d -> d.getCurrentUrl().contains("/login"));
        signIn(secretariat, null, "secretariat");
        assertThat(server(secretariat)).isEqualTo("app2");
        open(secretariat, "plans?unit=892&period=2025");
        waitUntil(secretariat, d -> body(d).contains(PLAN) && cellWith(d, TASK) != null);
        System.out.println("[two-servers] chauthanh stayed signed in on app2; secretariat signed in again on app2 and found "
                + PLAN + " with its task");
    }

    private static void signIn(WebDriver d, String server, String user) {
        d.manage().deleteAllCookies();
        d.get(base + "/login");
        if (server != null) {
            d.manage().addCookie(new Cookie("RDSERVER", server, "/"));
            d.get(base + "/login");
        }
        WebElement form = waitFor(d, By.cssSelector("vaadin-login-form"));
        waitFor(d, By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(user);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot='submit'], button[type='submit']")).click();
        waitUntil(d, x -> !x.getCurrentUrl().contains("/login"));
        waitFor(d, By.cssSelector("vaadin-app-layout"));
    }

    /** One sign-in attempt through a given server; true when it signed in. */
    private static boolean trySignIn(WebDriver d, String server, String user, String password) {
        d.manage().deleteAllCookies();
        d.get(base + "/login");
        d.manage().addCookie(new Cookie("RDSERVER", server, "/"));
        d.get(base + "/login");
        WebElement form = waitFor(d, By.cssSelector("vaadin-login-form"));
        waitFor(d, By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(user);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot='submit'], button[type='submit']")).click();
        waitUntil(d, x -> x.getCurrentUrl().contains("error") || !x.getCurrentUrl().contains("/login"));
        assertThat(server(d)).isEqualTo(server);
        return !d.getCurrentUrl().contains("/login");
    }

    private static String server(WebDriver d) {
        Cookie c = d.manage().getCookieNamed("RDSERVER");
        return c == null ? "" : c.getValue();
    }

    private static void open(WebDriver d, String path) {
        d.get(base + "/" + path);
        waitUntil(d, x -> Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
                        + ".every(c => !c.isActive || !c.isActive());")));
    }

    private static void openTask(WebDriver d) {
        WebElement cell = waitUntil(d, x -> cellWith(x, TASK));
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
        waitFor(d, By.cssSelector("#task-comment input"));
    }

    private static WebElement cellWith(WebDriver d, String text) {
        return (WebElement) ((JavascriptExecutor) d).executeScript(
                "return [...document.querySelectorAll('#plan-tasks vaadin-grid-cell-content')]"
                        + ".find(c => c.innerText.includes(arguments[0])) || null;", text);
    }

    private static String body(WebDriver d) {
        return (String) ((JavascriptExecutor) d).executeScript("return document.body.innerText;");
    }

    private static void click(WebDriver d, By by) {
        waitFor(d, by).click();
    }

    private static WebElement waitFor(WebDriver d, By by) {
        return waitUntil(d, x -> {
            List<WebElement> found = x.findElements(by);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    private static <T> T waitUntil(WebDriver d, Function<WebDriver, T> condition) {
        return new WebDriverWait(d, Duration.ofSeconds(60)).until(condition::apply);
    }
}
