package vn.reformdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.AppLocales;

/** Vietnamese unless the user chose English in this session, whatever the browser says. */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(AppLocales.VIETNAMESE));
        event.getSource().addUIInitListener(e -> {
            VaadinSession session = e.getUI().getSession();
            e.getUI().setLocale(AppLocales.supported(session.getLocale()));
        });
    }
}
