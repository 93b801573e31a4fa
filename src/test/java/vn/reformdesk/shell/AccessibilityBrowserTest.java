package vn.reformdesk.shell;

import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import vn.reformdesk.support.BrowserTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the application (read from the {@code @Route} annotations), opened as the administrator and as a
 * commune leader, in Vietnamese and in English: each has a translated title "… · ReformDesk", exactly one h1,
 * the content in one {@code main} landmark (pages in the frame), and no serious or critical axe-core finding.
 */
class AccessibilityBrowserTest extends BrowserTest {

    /** Every route path, without the login page (checked signed out) and without templates needing parameters. */
    static List<String> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        TreeSet<String> paths = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("vn.reformdesk")) {
            try {
                Route route = Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class);
                paths.add(route.value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        paths.remove("login");
        paths.removeIf(p -> p.contains(":"));
        return List.copyOf(paths);
    }

    @Test
    void everyRouteHasATitleOneH1AMainLandmarkAndNoSeriousAxeFindingInBothLanguages() throws Exception {
        List<String> routes = routes();
        assertThat(routes).hasSizeGreaterThan(20).contains("", "units", "dossiers", "review/present", "inspections/list");
        List<String> problems = new ArrayList<>();

        clearCookies();
        open("login");
        waitForVaadin();
        check("login", "Đăng nhập · ReformDesk", problems);

        for (String[] who : List.of(new String[] {"admin", "89"}, new String[] {"anchau", "30589"})) {
            login(who[0]);
            try {
                for (String language : List.of("vi", "en")) {
                    if (language.equals("en")) {
                        open("?unit=" + who[1] + "&period=2024");
                        switchLanguage("English");
                    }
                    for (String route : routes) {
                        String page = who[0] + " " + language + " /" + route;
                        try {
                            open(route + "?unit=" + who[1] + "&period=2024");
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
        login("chair");
        try {
            for (int width : List.of(1440, 390)) {
                windowWidth(width);
                for (String page : List.of("", "units", "dossiers", "review")) {
                    open(page + "?unit=892&period=2024");
                    waitForVaadin();
                    Thread.sleep(500);
                    screenshot("a11y-" + (page.isEmpty() ? "overview" : page) + "-" + width);
                }
            }
            assertNoSeriousAccessibilityFaults("review at 390 px");
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
        seriousAccessibilityFaults().forEach(f -> problems.add(page + ": " + f));
    }
}
