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
import org.springframework.security.access.AccessDeniedException;

/** Shown when a page asks for a unit outside the user's scope (e.g. a typed URL): no data, a way home. */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("error.access-denied.title"));
    }


    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("access-denied");
        add(new H1(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation("error.access-denied")),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
