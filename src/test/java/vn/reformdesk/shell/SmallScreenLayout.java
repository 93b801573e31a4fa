package vn.reformdesk.shell;

import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.support.BrowserTest;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page on a small screen: nothing is wider than the screen, and the menu, sign-out, the language and the unit
 * and period pickers can be reached through the drawer. The pages are found from the {@code @Route} annotations of the
 * application, so that every new view is covered; a meeting's page is opened on a meeting the test records. The
 * phone ({@link PhoneLayoutBrowserTest}) and the tablet ({@link TabletLayoutBrowserTest}) are separate classes so that
 * the two test JVMs can share them out.
 */
abstract class SmallScreenLayout extends BrowserTest {

    /**
     * Routes not visited as such: the login page (no layout, checked by every sign-in), presentation mode (no
     * navigation by design, for a projector; ReviewBrowserTest checks it at 1280×720), a meeting's page, which needs
     * the id of a meeting (visited below on one the test records), and the tests' own page of hostile chart names
     * (HostileNamesBrowserTest).
     */
    private static final List<String> SKIPPED = List.of("login", "review/present", "meetings", "test/hostile-charts");

    @Autowired
    RecordedMeeting meetings;

    private Long meeting;

    @AfterEach
    void desktopAgain() {
        driver.manage().window().setSize(new Dimension(1440, 1000));
        if (meeting != null) {
            meetings.forget(meeting);
            meeting = null;
        }
    }

    static List<String> routes() {
        return new ArrayList<>(ApplicationRoutes.all().stream().filter(path -> !SKIPPED.contains(path)).toList());
    }

    /** Every page at the screen's size, as the administrator and, for their own pages, as two leaders. */
    protected void everyPageFitsAndEveryControlIsReachable(int width, int height) throws Exception {
        List<String> routes = routes();
        assertThat(routes).contains("", "plans", "my-unit", "notifications", "admin/users", "units", "directives");
        meeting = meetings.record();
        List<String> pages = new ArrayList<>(routes);
        pages.add("meetings?id=" + meeting);
        List<String> failures = new ArrayList<>();
        driver.manage().window().setSize(new Dimension(width, height));
        signIn("admin");
        for (String route : pages) {
            String name = route.isEmpty() ? "overview" : route.startsWith("meetings") ? "meeting" : route.replace('/', '-');
            openPatiently(route + (route.contains("?") ? "&" : "?") + "period=2024");
            waitFor(By.cssSelector("vaadin-app-layout"));
            if (route.startsWith("meetings")) {
                waitFor(By.id("meeting-directives"));
            }
            check(route, name, width, failures);
        }
        signIn("anchau");
        for (String route : List.of("my-unit", "plans", "notifications")) {
            openPatiently(route + "?period=2019");
            check(route + " (anchau)", route + "-anchau", width, failures);
        }
        signIn("chauthanh");
        for (String route : List.of("", "my-unit", "directives", "inspections/recommendations")) {
            openPatiently(route + "?period=2024");
            check(route + " (chauthanh)", (route.isEmpty() ? "overview" : route.replace('/', '-')) + "-chauthanh", width, failures);
        }
        // 2025: the header carries the notice that the district was abolished on 1 July
        openPatiently("?unit=892&period=2025");
        waitFor(By.id("validity-notice"));
        check("overview 2025 (chauthanh)", "overview-2025-chauthanh", width, failures);
        assertThat(failures).isEmpty();
    }

    /** Opens a page, once more if the loaded machine let the browser's script time out while the page settled. */
    private void openPatiently(String path) {
        try {
            open(path);
        } catch (org.openqa.selenium.ScriptTimeoutException e) {
            open(path);
        }
    }

    private void check(String route, String name, int width, List<String> failures) throws Exception {
        waitForVaadin();
        waitForChartsDrawn(); // charts size themselves after the first paint
        long innerWidth = ((Number) js("return window.innerWidth;")).longValue();
        assertThat(innerWidth).as("viewport").isLessThanOrEqualTo(width);
        long scrollWidth = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
        if (scrollWidth > innerWidth) {
            Object widest = js("const w = window.innerWidth; return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(-3).map(e => e.tagName + '.' + e.className).join(', ');");
            failures.add(route + ": page is " + scrollWidth + " px wide in " + innerWidth + " (" + widest + ")");
        }
        screenshot("phone-" + width + "-" + name);
        // the header's bottom edge: how much of the screen the header (with the validity notice) takes
        long header = ((Number) js("return Math.round(document.querySelector('.app-header').getBoundingClientRect().bottom);")).longValue();
        long innerHeight = ((Number) js("return window.innerHeight;")).longValue();
        if (header > innerHeight / 8) {
            failures.add(route + ": the header is " + header + " px high in " + innerHeight);
        }
        // the breadcrumb shows the unit's own name whole, however deep it lies (a commune's path ran off the screen)
        Object current = js("const c = document.querySelector('.breadcrumb .current'); if (!c) return null;"
                + " const r = c.getBoundingClientRect(), b = c.parentElement.getBoundingClientRect();"
                + " return r.width > 0 && r.left >= b.left - 1 && r.right <= Math.min(b.right, window.innerWidth) + 1 ? 'whole' : c.textContent;");
        if (current != null && !"whole".equals(current)) {
            failures.add(route + ": the breadcrumb's unit '" + current + "' runs off the screen");
        }
        // the header keeps only the menu button and the breadcrumb; the rest is in the drawer
        js("document.querySelector('vaadin-drawer-toggle').click();");
        waitUntil(d -> Boolean.TRUE.equals(js("return document.querySelector('vaadin-app-layout').hasAttribute('drawer-opened');")));
        // the drawer slides in: wait until it stands fully on the screen and its transition has ended
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const drawer = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=drawer]');
                return drawer.getBoundingClientRect().left >= 0 && drawer.getAnimations().length === 0;
                """)));
        // the drawer's tools are built when the layout first turns into its overlay
        waitUntil(d -> Boolean.TRUE.equals(js("return document.querySelector('.drawer-tools').children.length > 0;")));
        waitForVaadin();
        boolean denied = bodyText().contains("Không có quyền truy cập");
        @SuppressWarnings("unchecked")
        Map<String, Object> reach = (Map<String, Object>) js("""
                const w = window.innerWidth, h = window.innerHeight;
                const ok = sel => { const e = document.querySelector(sel); if (!e) return false;
                  const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= w + 1 && r.top >= 0; };
                return { logout: ok('.drawer-tools .logout'), language: ok('.drawer-tools .language-switch'),
                         year: ok('.drawer-tools .year-picker'), down: ok('.drawer-tools .down-picker'), period: ok('.drawer-tools .period-picker'),
                         nav: ok('vaadin-side-nav'), headerHidden: !ok('.header-right .logout') };
                """);
        // the drawer itself is no wider than the screen's part it takes: nothing in it scrolls sideways
        long drawerOverflow = ((Number) js("const d = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=drawer]');"
                + " return d.scrollWidth - d.clientWidth;")).longValue();
        if (drawerOverflow > 1) {
            failures.add(route + ": the drawer scrolls sideways by " + drawerOverflow + " px");
        }
        for (String control : List.of("logout", "language", "nav", "headerHidden")) {
            if (!Boolean.TRUE.equals(reach.get(control))) {
                failures.add(route + ": " + control + " not reachable");
            }
        }
        if (!denied) {
            for (String control : List.of("year", "period")) {
                if (!Boolean.TRUE.equals(reach.get(control))) {
                    failures.add(route + ": " + control + " picker not reachable");
                }
            }
        }
        if (name.startsWith("overview") && !Boolean.TRUE.equals(reach.get("down"))) {
            failures.add(route + ": the unit picker (down) not reachable");
        }
        if (route.isEmpty() || route.startsWith("my-unit")) {
            screenshot("phone-" + width + "-" + name + "-drawer");
        }
        js("document.querySelector('vaadin-drawer-toggle').click();");
        waitUntil(d -> Boolean.FALSE.equals(js("return document.querySelector('vaadin-app-layout').hasAttribute('drawer-opened');")));
    }
}
