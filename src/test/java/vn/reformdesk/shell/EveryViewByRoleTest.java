package vn.reformdesk.shell;

import com.vaadin.flow.component.HasElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.Roles;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view, opened without a browser by each role: it opens for the roles that may see it and shows the
 * access-denied page to the others (the views' own tests check what each role may press).
 */
class EveryViewByRoleTest extends ViewTest {

    private static final Set<String> ERROR_VIEWS = Set.of("AccessDeniedView", "NotFoundView", "PageNotFoundView", "ServerErrorView", "LoginView",
            // a route refused by its annotation answers "not found" (as in production mode), here as the mock's error view
            "MockRouteNotFoundError");

    /** Route → the roles that may open it (all four when absent). */
    private static final Map<String, Set<String>> ONLY = Map.of(
            "admin/users", Set.of(Roles.ADMIN),
            "admin/audit", Set.of(Roles.ADMIN),
            "rankings/define", Set.of(Roles.ADMIN, Roles.SECRETARIAT));

    private static final List<String> ROUTES = List.of("", "my-unit", "review", "review/present", "packs", "plans", "plans/areas",
            "dossiers", "dossiers/list", "rankings", "rankings/define", "rankings/round", "inspections", "inspections/calendar",
            "inspections/list", "inspections/recommendations", "inspections/topics", "directives", "targets", "notifications",
            "units", "admin/users", "admin/audit");

    @Autowired
    ViewUsers users;

    @Test
    void eachRoleOpensTheViewsItMayAndIsRefusedTheOthers() {
        Map<String, CurrentUser> roles = new LinkedHashMap<>();
        roles.put(Roles.ADMIN, users.admin());
        roles.put(Roles.CHAIR, users.chair());
        roles.put(Roles.SECRETARIAT, users.secretariat());
        roles.put(Roles.UNIT_LEADER, users.leaderOfChauThanh());
        List<String> wrong = new ArrayList<>();
        for (var role : roles.entrySet()) {
            signIn(role.getValue());
            for (String route : ROUTES) {
                HasElement view = open(route);
                String shown = view.getClass().getSimpleName();
                boolean may = !ONLY.containsKey(route) || ONLY.get(route).contains(role.getKey());
                // the not-found page (a refused route) is a Spring proxy of PageNotFoundView
                boolean opened = !ERROR_VIEWS.contains(shown) && !shown.startsWith("PageNotFoundView$$");
                if (may != opened) {
                    wrong.add(role.getKey() + " /" + route + " showed " + shown);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
