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

import java.util.NoSuchElementException;

/**
 * An unknown unit code or record id in the URL. The page names the address, not the exception's text (which is
 * for the log, in English).
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NoSuchElementException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("error.not-found.title"));
    }


    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoSuchElementException> parameter) {
        removeAll();
        Paragraph text = new Paragraph(getTranslation("shell.not-found", "/" + event.getLocation().getPathWithQueryParameters()));
        text.setId("error-message");
        add(new H1(getTranslation("error.not-found.title")), text, new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
