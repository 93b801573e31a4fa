package vn.reformdesk.shell;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login page signed out, then every route as the administrator (who may open every page) in Vietnamese, with
 * every axe rule; a few views at 1440 and 390 px. The English pass and the commune leader's are
 * {@link AccessibilityInEnglishBrowserTest} and {@link AccessibilityOfACommuneLeaderBrowserTest}.
 */
class AccessibilityBrowserTest extends RouteAccessibility {

    @Test
    void theLoginPageAndEveryRouteInVietnameseHaveATitleOneH1AMainLandmarkAndNoSeriousAxeFinding() {
        List<String> problems = new ArrayList<>();
        clearCookies();
        open("login");
        check("login", "vi", "Đăng nhập · ReformDesk", problems);
        assertThat(problems).isEmpty();
        checkEveryRoute("admin", "89", "vi");
    }

    @Test
    void aFewViewsAt1440And390PixelsWide() throws Exception {
        signIn("chair");
        try {
            for (int width : List.of(1440, 390)) {
                windowWidth(width);
                for (String page : List.of("", "units", "dossiers", "review", "plans", "inspections")) {
                    open(page + "?unit=892&period=2024");
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
}
