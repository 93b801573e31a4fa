package vn.reformdesk.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test in real headless Chromium against the running app with the demo data. Screenshots go to
 * {@code target/screenshots/}. Without Chromium the tests are skipped with a message, unless
 * {@code -Dbrowser.tests=required} (as in CI), where a missing browser fails the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Tag("browser")
public abstract class BrowserTest {

    public static final String DEMO_PASSWORD = "demo1234";
    protected static WebDriver driver;

    @LocalServerPort
    protected int port;

    /**
     * One Chromium for the whole run: starting one costs seconds on an idle machine and up to a minute on a busy one,
     * once per test class before. Each class starts from a clean state instead: no cookies (nobody signed in), a
     * blank page and the 1440 x 1000 window.
     */
    @BeforeAll
    static void startBrowser() throws IOException {
        if (driver == null) {
            driver = newBrowser();
            WebDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        driver.get("about:blank");
        clearCookies();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
    }

    /**
     * Removes every cookie of every site. WebDriver's deleteAllCookies only reaches the current page's site: called on
     * a blank page it kept the previous class's session, whose language and sign-in then leaked into the next class.
     */
    protected static void clearCookies() {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    private static WebDriver newBrowser() throws IOException {
        String chromium = find("chromium", "chromium-browser", "google-chrome");
        String chromedriver = find("chromedriver");
        boolean required = "required".equals(System.getProperty("browser.tests"));
        if (chromium == null || chromedriver == null) {
            String message = "Browser tests skipped: Chromium and chromedriver not found (apt-get install chromium chromium-driver)";
            if (required) {
                throw new IllegalStateException(message + " and -Dbrowser.tests=required");
            }
            System.out.println(message);
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }

    private static String find(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getAbsolutePath();
                }
            }
        }
        return null;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * Signs out whoever is signed in, then signs in as the login form does but over HTTP, and gives the browser the new
     * session's cookie. No page is opened: the next {@link #open} shows its page signed in. Through the form, a sign-in
     * loads two pages (the login page and the one it leads to), about 1.7 s on a busy machine; {@link #login} still
     * does that where the form or the page it leads to is what is tested.
     */
    protected void signIn(String username) {
        clearCookies();
        java.net.HttpCookie session;
        try {
            session = HttpSignIn.sessionCookie(port, username, DEMO_PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Network.setCookie", java.util.Map.of(
                "name", session.getName(), "value", session.getValue(), "url", url(""), "httpOnly", true));
    }

    /** Signs out whoever is signed in, then signs in through the Vaadin login form and waits for the page it leads to. */
    protected void login(String username) {
        clearCookies();
        driver.get(url("login"));
        WebElement form = waitFor(By.cssSelector("vaadin-login-form"));
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(DEMO_PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot='submit'], button[type='submit']")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        waitFor(By.cssSelector("vaadin-app-layout"));
    }

    /** Opens a path and waits for Vaadin to settle. */
    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    /**
     * How often a wait looks again. Selenium's default, half a second, was most of the time a page took to open: Vaadin
     * settles some 50-150 ms after the browser's load event, and the first look is always too early.
     */
    private static final Duration POLL = Duration.ofMillis(20);

    protected WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60), POLL).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    /** Waits for the condition; an element re-rendered while it is read is read again on the next try. */
    protected <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60), POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /**
     * Waits until Vaadin has been quiet for {@value #QUIET_MS} ms: the page's client exists and has no request in
     * flight. A render is followed, a few milliseconds later, by a second small request (the components' first values);
     * a single look between the two passed too early. The page's own timer looks every 10 ms; a page that reloads
     * meanwhile (a language switch) is looked at again.
     */
    protected void waitForVaadin() {
        waitUntil(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript(SETTLED_SCRIPT, QUIET_MS));
            } catch (org.openqa.selenium.ScriptTimeoutException e) {
                throw e;
            } catch (org.openqa.selenium.WebDriverException e) {
                return false; // the page went away while it was looked at
            }
        });
    }

    private static final int QUIET_MS = 50;

    private static final String SETTLED_SCRIPT = """
            const quietFor = arguments[0], done = arguments[arguments.length - 1];
            let quietSince = null;
            const look = () => {
              const flow = window.Vaadin && window.Vaadin.Flow;
              const clients = flow && flow.clients ? Object.values(flow.clients) : [];
              // a page of the application always has a client once it runs; a page without Vaadin has nothing to wait for
              const busy = !!window.Vaadin && (clients.length === 0 || clients.some(c => c.isActive && c.isActive()));
              const now = performance.now();
              quietSince = busy ? null : (quietSince ?? now);
              if (quietSince !== null && now - quietSince >= quietFor) done(true); else setTimeout(look, 10);
            };
            look();
            """;

    /**
     * Waits until every chart of the page has drawn itself at its final size (ApexCharts draws after the first paint
     * and sizes its SVG to the host): each {@code rd-apex-chart} holds a drawn SVG no wider than the chart itself.
     */
    protected void waitForChartsDrawn() {
        waitUntil(d -> Boolean.TRUE.equals(js("""
                return [...document.querySelectorAll('rd-apex-chart')].every(c => {
                  if (c.getBoundingClientRect().width === 0) return true; // not shown (a closed section)
                  const svg = c.querySelector('svg.apexcharts-svg');
                  return !!c.chart && !!svg && svg.getBoundingClientRect().width > 0
                      && svg.getBoundingClientRect().width <= c.getBoundingClientRect().width + 1;
                });
                """)));
    }

    protected String bodyText() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText;");
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a PNG under target/screenshots/NAME.png and returns its path. */
    protected Path screenshot(String name) throws IOException {
        waitForVaadin();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path target = dir.resolve(name + ".png");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * Switches the UI language through the header's language switch. The page reloads; choosing the language already
     * shown closes the list and changes nothing.
     */
    protected void switchLanguage(String label) {
        js("const s = document.querySelector('vaadin-select.language-switch'); s.opened = true;");
        WebElement item = waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.getText().trim().equals(label)).findFirst().orElse(null));
        if (item.getAttribute("selected") != null) {
            js("document.querySelector('vaadin-select.language-switch').opened = false;");
            waitForVaadin();
            return;
        }
        js("window.rdBeforeLanguageSwitch = true;");
        item.click();
        // the switch reloads the page: wait for the new page, then for it to settle
        waitUntil(d -> {
            try {
                return js("return window.rdBeforeLanguageSwitch === undefined && document.readyState === 'complete';");
            } catch (org.openqa.selenium.WebDriverException e) {
                return false; // the page went away while it was looked at
            }
        });
        waitForVaadin();
    }

    /**
     * Runs axe-core in the page as it is now and fails on any serious or critical finding (naming the rule and
     * the first elements it concerns).
     */
    protected void assertNoSeriousAccessibilityFaults(String page) {
        assertThat(seriousAccessibilityFaults()).as("axe-core on " + page).isEmpty();
    }

    /** The serious and critical axe-core findings of the page as it is now, one line each. */
    protected List<String> seriousAccessibilityFaults() {
        return seriousAccessibilityFaults(true);
    }

    /**
     * The same, with or without the colour-contrast rule: on pages of a few thousand elements it takes most of axe's
     * time (0.6-0.8 s of 0.7-0.9 s), and a page's colours are the same in both languages.
     */
    protected List<String> seriousAccessibilityFaults(boolean colourContrast) {
        waitForVaadin();
        Results results;
        try {
            // legacy mode: axe runs in the page itself. Otherwise it opens a blank window for frames (the pages have
            // none) with a one-second page-load timeout, which a busy machine exceeds and which then stays set
            // only the violations are read: axe then keeps one node, not every node, of what passed (a third less time)
            AxeRunOptions options = new AxeRunOptions();
            options.setResultTypes(List.of("violations"));
            AxeBuilder axe = new AxeBuilder().setLegacyMode(true).withOptions(options);
            if (!colourContrast) {
                axe.disableRules(List.of("color-contrast"));
            }
            results = axe.analyze(driver);
        } finally {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5));
        }
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(3).toList())
                .toList();
    }

    /** The file behind a download link, fetched in the page (with the page's session), as the browser would save it. */
    protected byte[] download(WebElement anchor) {
        String href = anchor.getDomAttribute("href");
        assertThat(href).isNotBlank();
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => {"
                        + "  let s = ''; const a = new Uint8Array(b); for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                        + "  done(btoa(s)); }).catch(e => done('ERROR ' + e));", href);
        assertThat((String) base64).doesNotStartWith("ERROR");
        return java.util.Base64.getDecoder().decode((String) base64);
    }

    /** Resizes the browser window (screenshots at 1440 and 390 px wide). */
    protected void windowWidth(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, width < 800 ? 844 : 1000));
    }
}
