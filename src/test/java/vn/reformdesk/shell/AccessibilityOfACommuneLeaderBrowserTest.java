package vn.reformdesk.shell;

import org.junit.jupiter.api.Test;

/**
 * Every route as a commune leader in Vietnamese, with every axe rule: the leader's own pages, and the refusal or
 * not-found page where a route is not theirs.
 */
class AccessibilityOfACommuneLeaderBrowserTest extends RouteAccessibility {

    @Test
    void everyRouteOfACommuneLeaderHasATitleOneH1AMainLandmarkAndNoSeriousAxeFinding() {
        checkEveryRoute("anchau", "30589", "vi");
    }
}
