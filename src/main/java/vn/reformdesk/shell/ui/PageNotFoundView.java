package vn.reformdesk.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import vn.reformdesk.base.ui.PageTitles;

/**
 * An address that is no page of the application (a typed or outdated link), and a page the user's role may not
 * open (Vaadin answers those as "not found" too, so that the message does not tell whether the page exists). It
 * replaces Vaadin's own {@code RouteNotFoundError}, which speaks English only ("Could not navigate to …").
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("shell.no-page.title"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("page-not-found");
        Paragraph text = new Paragraph(getTranslation("shell.no-page", "/" + event.getLocation().getPath()));
        text.setId("error-message");
        add(new H1(getTranslation("shell.no-page.title")), text, new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
