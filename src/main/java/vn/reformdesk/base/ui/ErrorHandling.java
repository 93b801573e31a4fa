package vn.reformdesk.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.component.UI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;
import vn.reformdesk.base.AppI18NProvider;

/**
 * Any error in a UI event is logged and shown to the user as a notification instead of a stack trace: a
 * {@link vn.reformdesk.base.UserFacingException} with its translated message, anything else as the translated "an
 * error occurred".
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler((ErrorHandler) ErrorHandling::handle));
    }

    /** Logs the error and tells the user, in their language, as a notification. */
    static void handle(ErrorEvent error) {
        // the browser left while its answer was written (a page opened meanwhile, the tab closed): nothing went
        // wrong, and there is no one left to tell
        if (DisconnectedClientHelper.isClientDisconnectedException(error.getThrowable())) {
            log.debug("The browser went away before its answer: {}", error.getThrowable().toString());
            return;
        }
        Throwable t = rootOf(error.getThrowable());
        UI ui = UI.getCurrent();
        java.util.Locale locale = ui != null ? ui.getLocale() : vn.reformdesk.base.AppLocales.VIETNAMESE;
        String message;
        if (t instanceof vn.reformdesk.base.UserFacingException u) {
            log.info("Rejected: {}", u.getMessage());
            message = u.message(locale);
        } else if (t instanceof AccessDeniedException) {
            log.warn("Access denied: {}", t.getMessage());
            message = AppI18NProvider.text("error.access-denied", locale);
        } else {
            // any other exception is a fault of the application (an argument a form should have refused, a pack that
            // could not be built): logged in full, and the user reads the translated apology, never its English text
            log.error("Unexpected error", error.getThrowable());
            message = AppI18NProvider.text("error.unexpected", locale);
        }
        if (ui != null) {
            ui.access(() -> Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static Throwable rootOf(Throwable t) {
        Throwable cur = t;
        while (cur.getCause() != null && cur.getCause() != cur
                && !(cur instanceof AccessDeniedException) && !(cur instanceof vn.reformdesk.base.UserFacingException)) {
            cur = cur.getCause();
        }
        return cur;
    }
}
