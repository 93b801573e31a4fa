package vn.reformdesk.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.reformdesk.security.CurrentUser;

import java.util.Set;

/**
 * A view opened without a browser (Vaadin's browserless testing) in the ONE shared application context with
 * the demo data, as a signed-in user: {@link #signIn(CurrentUser)} first (users from {@link AsUser}), then
 * {@link #open(String)} the route as a link would (query included), then look for components by id.
 * Vaadin's own route access check runs as in the browser, so a view a role may not open shows the
 * access-denied or sign-in page instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Tag("view")
public abstract class ViewTest extends SpringBrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        return Set.of("vn.reformdesk");
    }

    /** Signs the user in for the views opened next (a new UI is not needed: each navigation asks again). */
    protected void signIn(CurrentUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Opens a route ("dossiers?unit=892&period=2019-9M") and returns the view shown (the error view if refused). */
    protected HasElement open(String location) {
        int q = location.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, q), QueryParameters.fromString(location.substring(q + 1)));
        }
        return getCurrentView();
    }

    /** Whether a component with this id is in the page (view, layout and open dialogs), and shown. */
    protected boolean shows(String id) {
        return $(Component.class).withId(id).all().stream().anyMatch(c -> c.isVisible() && isShown(c));
    }

    private static boolean isShown(Component c) {
        Component at = c;
        while (at != null) {
            if (!at.isVisible()) {
                return false;
            }
            at = at.getParent().orElse(null);
        }
        return true;
    }

    protected String translation(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
