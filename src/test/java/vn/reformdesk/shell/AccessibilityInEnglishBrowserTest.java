package vn.reformdesk.shell;

import org.junit.jupiter.api.Test;

/**
 * Every route as the administrator in English: translated titles, one h1, one main landmark, every web component
 * defined, and no serious or critical axe-core finding but colour contrast, which the Vietnamese pass
 * ({@link AccessibilityBrowserTest}) checks on the same pages.
 */
class AccessibilityInEnglishBrowserTest extends RouteAccessibility {

    @Test
    void everyRouteInEnglishHasATitleOneH1AMainLandmarkAndNoSeriousAxeFinding() {
        checkEveryRoute("admin", "89", "en");
    }
}
