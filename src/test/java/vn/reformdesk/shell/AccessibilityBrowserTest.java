package vn.reformdesk.shell;

import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.directives.ui.MeetingView;
import vn.reformdesk.support.BrowserTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the application (read from the {@code @Route} annotations), opened as the administrator (who may
 * open every page) in Vietnamese and in English, and as a commune leader (who is refused some, and sees the not-found
 * page there) in Vietnamese: each has a translated title "… · ReformDesk", exactly one h1, the content in one {@code main}
 * landmark (pages in the frame), every Vaadin web component defined (the production bundle has its code), and no
 * serious or critical axe-core finding. A few pages are checked at 390 px too.
 */
class AccessibilityBrowserTest extends BrowserTest {

    /** Every route of the application but the login page (checked signed out); a meeting's page is opened on one the test records. */
    static List<String> routes() {
        List<String> paths = new ArrayList<>(ApplicationRoutes.all());
        paths.remove("login");
        return paths;
    }

    @Autowired
    RecordedMeeting meetings;

    private Long meeting;

    @AfterEach
    void forgetTheMeeting() {
        windowWidth(1440);
        if (meeting != null) {
            meetings.forget(meeting);
            meeting = null;
        }
    }

    /** A meeting of the province with one directive, for the meeting's page. */
    private String recordedMeeting() {
        meeting = meetings.record();
        return MeetingView.route(meeting);
    }

    @Test
    void everyRouteHasATitleOneH1AMainLandmarkAndNoSeriousAxeFindingInBothLanguages() throws Exception {
        List<String> routes = new ArrayList<>(routes());
        assertThat(routes).hasSizeGreaterThan(20).contains("", "units", "dossiers", "review/present", "inspections/list", "meetings")
                .doesNotContain("test/hostile-charts");
        // a meeting's page on a meeting; an address that is no page (the not-found page)
        routes.set(routes.indexOf("meetings"), recordedMeeting());
        routes.add("no-such-page");
        List<String> problems = new ArrayList<>();

        clearCookies();
        open("login");
        waitForVaadin();
        check("login", "Đăng nhập · ReformDesk", problems);

        for (String[] who : List.of(new String[] {"admin", "89"}, new String[] {"anchau", "30589"})) {
            signIn(who[0]);
            try {
                // the administrator, who may open every page, in both languages; the commune leader in Vietnamese
                for (String language : who[0].equals("admin") ? List.of("vi", "en") : List.of("vi")) {
                    if (language.equals("en")) {
                        open("?unit=" + who[1] + "&period=2024");
                        switchLanguage("English");
                    }
                    for (String route : routes) {
                        String page = who[0] + " " + language + " /" + route;
                        try {
                            open(route + (route.contains("?") ? "&" : "?") + "unit=" + who[1] + "&period=2024");
                            check(page, null, problems);
                        } catch (RuntimeException e) {
                            problems.add(page + ": " + e.getClass().getSimpleName() + " " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                        }
                    }
                    open("?unit=" + who[1] + "&period=2024");
                    String overview = language.equals("vi") ? "Tổng quan · ReformDesk" : "Overview · ReformDesk";
                    if (!Objects.equals(driver.getTitle(), overview)) {
                        problems.add(who[0] + " " + language + ": overview title " + driver.getTitle());
                    }
                    // the not-found page speaks the UI's language (Vaadin's own says "Could not navigate to …")
                    open("no-such-page");
                    String notFound = language.equals("vi") ? "Không có trang này" : "No such page";
                    if (!bodyText().contains(notFound) || bodyText().contains("Could not navigate")) {
                        problems.add(who[0] + " " + language + ": the not-found page says " + bodyText().lines().toList());
                    }
                }
            } finally {
                open("?unit=" + who[1] + "&period=2024");
                switchLanguage("Tiếng Việt");
            }
        }
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    @Test
    void aFewViewsAt1440And390PixelsWide() throws Exception {
        signIn("chair");
        try {
            for (int width : List.of(1440, 390)) {
                windowWidth(width);
                for (String page : List.of("", "units", "dossiers", "review", "plans", "inspections")) {
                    open(page + "?unit=892&period=2024");
                    waitForVaadin();
                    waitForChartsDrawn();
                    screenshot("a11y-" + (page.isEmpty() ? "overview" : page) + "-" + width);
                    if (width == 390) {
                        assertNoSeriousAccessibilityFaults((page.isEmpty() ? "overview" : page) + " at 390 px");
                    }
                }
            }
        } finally {
            windowWidth(1440);
        }
    }

    private void check(String page, String expectedTitle, List<String> problems) {
        waitForVaadin();
        String title = driver.getTitle();
        if (expectedTitle != null ? !expectedTitle.equals(title)
                : title == null || !title.endsWith(" · ReformDesk") || title.length() <= " · ReformDesk".length() || title.contains("!")) {
            problems.add(page + ": title \"" + title + "\"");
        }
        long h1 = ((Number) js("return document.querySelectorAll('h1').length;")).longValue();
        if (h1 != 1) {
            problems.add(page + ": " + h1 + " h1 elements");
        }
        boolean framed = (Boolean) js("return !!document.querySelector('vaadin-app-layout');");
        long mains = ((Number) js("return document.querySelectorAll('main, [role=main]').length;")).longValue();
        if (framed && mains != 1) {
            problems.add(page + ": " + mains + " main landmarks");
        }
        // the tests run the production bundle, which loads each view's web components with the view: a tag that is
        // not defined is a component whose code the bundle lacks (the dossier list's grid once, from an outdated bundle)
        Object undefined = js("return [...new Set([...document.querySelectorAll('*')].map(e => e.localName)"
                + ".filter(n => (n.startsWith('vaadin-') || n.startsWith('rd-')) && n !== 'vaadin-grid-cell-content' && !customElements.get(n)))].join(', ');");
        if (!"".equals(undefined)) {
            problems.add(page + ": web components without their code: " + undefined);
        }
        seriousAccessibilityFaults().forEach(f -> problems.add(page + ": " + f));
    }
}
