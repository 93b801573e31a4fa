package vn.reformdesk.shell.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import vn.reformdesk.base.ui.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.reformdesk.base.UserFacingException;

/**
 * Any other error while opening a page (for example a period far outside the data in the URL): logged,
 * and shown as a short message. No stack trace reaches the browser, in development mode either.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("security.error.page-title"));
    }


    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        Throwable cause = parameter.getCaughtException();
        String message;
        int status;
        if (cause instanceof UserFacingException u) {
            message = u.message(getLocale());
            status = HttpServletResponse.SC_BAD_REQUEST;
        } else if (cause instanceof IllegalArgumentException || cause instanceof java.time.DateTimeException) {
            log.info("Page refused for {}: {}", event.getLocation().getPathWithQueryParameters(), cause.getMessage());
            message = getTranslation("security.error.bad-address");
            status = HttpServletResponse.SC_BAD_REQUEST;
        } else {
            log.error("Error opening {}", event.getLocation().getPathWithQueryParameters(), cause);
            message = getTranslation("error.unexpected");
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        H1 title = new H1(getTranslation("security.error.page-title"));
        Paragraph text = new Paragraph(message);
        text.setId("error-message");
        add(title, text, new Anchor("", getTranslation("error.back-home")));
        return status;
    }
}
