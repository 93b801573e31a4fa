package vn.reformdesk.shell;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.directives.ui.MeetingView;
import vn.reformdesk.support.BrowserTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens every route of the application (read from the {@code @Route} annotations) as one user in one language and
 * checks each page: {@code <html lang>} in that language, a translated title "… · ReformDesk", exactly one h1, the content in one {@code main} landmark
 * (pages in the frame), every Vaadin web component defined (the production bundle has its code), and no serious or
 * critical axe-core finding. The overview's title and the not-found page are checked in that language too.
 * <p>
 * The passes are separate test classes (Vietnamese and English as the administrator, Vietnamese as a commune leader)
 * so that the two test JVMs can share them out.
 */
abstract class RouteAccessibility extends BrowserTest {

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

    /**
     * Checks every route as the user, with the unit in the address, in the language ("vi" or "en"); see
     * {@link #check}.
     */
    protected void checkEveryRoute(String user, String unit, String language) {
        List<String> routes = new ArrayList<>(routes());
        assertThat(routes).hasSizeGreaterThan(20).contains("", "units", "dossiers", "review/present", "inspections/list", "meetings")
                .doesNotContain("test/hostile-charts");
        // a meeting's page on a meeting; an address that is no page (the not-found page)
        meeting = meetings.record();
        routes.set(routes.indexOf("meetings"), MeetingView.route(meeting));
        routes.add("no-such-page");
        List<String> problems = new ArrayList<>();
        signIn(user);
        try {
            if (language.equals("en")) {
                open("?unit=" + unit + "&period=2024");
                switchLanguage("English");
            }
            for (String route : routes) {
                String page = user + " " + language + " /" + route;
                try {
                    open(route + (route.contains("?") ? "&" : "?") + "unit=" + unit + "&period=2024");
                    check(page, language, null, problems);
                    // a page of its own has a name of its own: every page outside the menu was once titled "Overview"
                    if (!route.isEmpty() && overviewTitle(language).equals(driver.getTitle())) {
                        problems.add(page + ": titled as the overview");
                    }
                } catch (RuntimeException e) {
                    problems.add(page + ": " + e.getClass().getSimpleName() + " " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                }
            }
            open("?unit=" + unit + "&period=2024");
            String overview = overviewTitle(language);
            if (!Objects.equals(driver.getTitle(), overview)) {
                problems.add(user + " " + language + ": overview title " + driver.getTitle());
            }
            // the not-found page speaks the UI's language (Vaadin's own says "Could not navigate to …")
            open("no-such-page");
            String notFound = language.equals("vi") ? "Không có trang này" : "No such page";
            if (!bodyText().contains(notFound) || bodyText().contains("Could not navigate")) {
                problems.add(user + " " + language + ": the not-found page says " + bodyText().lines().toList());
            }
        } finally {
            if (language.equals("en")) {
                open("?unit=" + unit + "&period=2024");
                switchLanguage("Tiếng Việt");
            }
        }
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    private static String overviewTitle(String language) {
        return language.equals("vi") ? "Tổng quan · ReformDesk" : "Overview · ReformDesk";
    }

    /**
     * The checks of one page in the language ("vi" or "en"), added to the problems; the title is the expected one, or
     * any translated title when null. Colour contrast is left out in English: a page's colours do not change with the
     * language, and the rule takes most of axe's time.
     */
    protected void check(String page, String language, String expectedTitle, List<String> problems) {
        waitForVaadin();
        Object lang = js("return document.documentElement.lang;");
        if (!language.equals(lang)) {
            problems.add(page + ": <html lang=\"" + lang + "\">");
        }
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
        seriousAccessibilityFaults(language.equals("vi")).forEach(f -> problems.add(page + ": " + f));
    }
}
