package vn.reformdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.AppLocales;

/**
 * Vietnamese unless the user chose English in this session, whatever the browser says. The page's {@code <html lang>}
 * says the same, so that a screen reader reads the page with the rules of the language it is in (Vaadin's own value
 * did not follow the session: pages in English said {@code lang="vi"}); the language switch reloads the page, which
 * brings the new one.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(AppLocales.VIETNAMESE));
        event.addIndexHtmlRequestListener(page -> {
            VaadinSession session = VaadinSession.getCurrent();
            page.getDocument().selectFirst("html").attr("lang",
                    AppLocales.supported(session == null ? null : session.getLocale()).getLanguage());
        });
        event.getSource().addUIInitListener(e -> {
            VaadinSession session = e.getUI().getSession();
            e.getUI().setLocale(AppLocales.supported(session.getLocale()));
        });
    }
}
