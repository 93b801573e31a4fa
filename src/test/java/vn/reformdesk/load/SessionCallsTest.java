package vn.reformdesk.load;

import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.HttpSignIn;

import java.lang.reflect.Field;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session does not pile up calls to the browser as its user clicks around. Flow holds a call to a hidden component
 * until the component is shown. The header's unit picker is hidden for a unit with none below (a commune, a
 * department), and it was given its (empty) list again on every page: two held calls a click, for as long as the
 * session lived. Here a commune leader and a department leader go three times through their menu, over HTTP as a
 * browser does (the load benchmark's client), and the calls their UI holds are counted on the server.
 */
@DatabaseTest
class SessionCallsTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void theCallsAUiHoldsForTheBrowserDoNotGrowWithTheClicks() throws Exception {
        for (String[] account : new String[][]{{"anchau", "30589"}, {"sonoivu", "89-SNV"}}) {
            HttpClient http = HttpSignIn.newClient();
            HttpSignIn.signIn(http, port, account[0], "demo1234");
            FlowTab tab = new FlowTab(http, port);
            tab.open("my-unit", "unit=" + account[1] + "&period=2024");
            int[] heldAfter = new int[3];
            for (int round = 0; round < 3; round++) {
                for (String link : tab.menu()) {
                    int q = link.indexOf('?');
                    tab.navigate(q < 0 ? link : link.substring(0, q), q < 0 ? "" : link.substring(q + 1), "link");
                }
                heldAfter[round] = heldCalls(http);
            }
            assertThat(tab.menu()).as(account[0] + "'s menu").hasSizeGreaterThan(5);
            assertThat(heldAfter[2]).as(account[0] + ": calls held after one, two and three rounds %s", java.util.Arrays.toString(heldAfter))
                    .isLessThanOrEqualTo(heldAfter[0]).isLessThan(5);
        }
    }

    /** The JavaScript calls the session's UIs hold, not yet sent to the browser. */
    private int heldCalls(HttpClient http) throws Exception {
        String id = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
        Session session = ServerSessions.tomcat(context).getManager().findSession(id);
        Field pending = com.vaadin.flow.component.internal.UIInternals.class.getDeclaredField("pendingJsInvocations");
        pending.setAccessible(true);
        int[] held = {0};
        ServerSessions.forEachUi(session, ui -> {
            try {
                Object calls = pending.get(ui.getInternals());
                held[0] += calls == null ? 0 : ((Collection<?>) calls).size();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        return held[0];
    }
}
