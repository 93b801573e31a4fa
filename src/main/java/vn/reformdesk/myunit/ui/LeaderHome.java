package vn.reformdesk.myunit.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;

/**
 * A unit leader who opens the application's root without a selection (after signing in, or from a bookmark
 * of the bare address) lands on "My unit". The overview stays one click away in the menu, whose links carry
 * the unit and period.
 */
@Component
class LeaderHome implements VaadinServiceInitListener {

    private final CurrentUserService currentUser;

    LeaderHome(CurrentUserService currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::redirect));
    }

    private void redirect(BeforeEnterEvent event) {
        if (event.getLocation().getPath().isEmpty() && event.getLocation().getQueryParameters().getParameters().isEmpty()
                && currentUser.find().map(u -> u.hasRole(Roles.UNIT_LEADER)).orElse(false)) {
            event.forwardTo(MyUnitView.ROUTE);
        }
    }
}
