package vn.reformdesk.shell;

import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.base.Period;
import vn.reformdesk.directives.DirectiveForm;
import vn.reformdesk.directives.DirectiveService;
import vn.reformdesk.directives.Meeting;
import vn.reformdesk.directives.MeetingForm;
import vn.reformdesk.directives.ui.MeetingView;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import vn.reformdesk.support.BrowserTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the application (read from the {@code @Route} annotations), opened as the administrator (who may
 * open every page) in Vietnamese and in English, and as a commune leader (who is refused some, and sees the not-found
 * page there) in Vietnamese: each has a translated title "… · ReformDesk", exactly one h1, the content in one {@code main}
 * landmark (pages in the frame), and no serious or critical axe-core finding. A few pages are checked at 390 px too.
 */
class AccessibilityBrowserTest extends BrowserTest {

    /**
     * Every route path of the application, without the login page (checked signed out) and without templates needing
     * parameters. Routes of the tests themselves (a page of hostile chart names) are no pages of the application.
     * A meeting's page needs the id of a meeting: it is opened on one the test records.
     */
    static List<String> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        TreeSet<String> paths = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("vn.reformdesk")) {
            try {
                Class<?> view = Class.forName(candidate.getBeanClassName());
                if (view.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                    continue;
                }
                paths.add(view.getAnnotation(Route.class).value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        paths.remove("login");
        paths.removeIf(p -> p.contains(":"));
        return List.copyOf(paths);
    }

    @Autowired
    DirectiveService directives;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    private Long meeting;

    @AfterEach
    void forgetTheMeeting() {
        windowWidth(1440);
        if (meeting != null) {
            jdbc.update("delete from directive_event where directive_id in (select id from directive where meeting_id = ?)", meeting);
            jdbc.update("delete from directive where meeting_id = ?", meeting);
            jdbc.update("delete from review_meeting where id = ?", meeting);
            meeting = null;
        }
    }

    /** A meeting of the province with one directive, for the meeting's page. */
    private String recordedMeeting() {
        UnitRef province = AsUser.call(AsUser.chair(), () -> units.findByCode("89", Period.year(2024)).orElseThrow());
        Meeting m = AsUser.call(AsUser.secretariat(), () -> directives.openMeeting(province, new MeetingForm(LocalDate.of(2024, 12, 20),
                "2024", "Họp tổng kết công tác CCHC năm 2024", "Chủ tịch UBND tỉnh", "Các thành viên Ban Chỉ đạo", "09/BB-BCĐ")));
        meeting = m.id();
        AsUser.run(AsUser.secretariat(), () -> directives.addDirective(m.id(), new DirectiveForm(
                "Nâng tỷ lệ hồ sơ nộp trực tuyến của các huyện lên tối thiểu 50% trong năm 2025", province.id(), LocalDate.of(2025, 12, 31), null)));
        return MeetingView.route(m.id());
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
            login(who[0]);
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
        login("chair");
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
        seriousAccessibilityFaults().forEach(f -> problems.add(page + ": " + f));
    }
}
