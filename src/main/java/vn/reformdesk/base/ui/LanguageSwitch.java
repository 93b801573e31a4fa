package vn.reformdesk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import vn.reformdesk.base.AppLocales;

import java.util.Locale;

/** Tiếng Việt / English. The choice is kept in the session and the page reloads in that language. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(AppLocales.ALL);
        setItemLabelGenerator(l -> AppLocales.VIETNAMESE.equals(l) ? "Tiếng Việt" : "English");
        addClassName("language-switch");
        setWidth("9em");
        getElement().setAttribute("aria-label", "Ngôn ngữ / Language");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setValue(AppLocales.supported(attachEvent.getUI().getLocale()));
    }
}
