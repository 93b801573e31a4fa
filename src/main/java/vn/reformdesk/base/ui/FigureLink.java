package vn.reformdesk.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;

/**
 * Makes a figure open the records it counts: clickable, reachable with the keyboard (Tab, then Enter), and
 * marked as a link so a reader sees that the number leads somewhere.
 */
public final class FigureLink {

    private FigureLink() {
    }

    public static Div opens(Div figure, String title, Runnable open) {
        figure.addClassName("rd-figure-link");
        figure.getElement().setAttribute("role", "button");
        figure.getElement().setAttribute("tabindex", "0");
        figure.getElement().setAttribute("title", title);
        figure.addClickListener(e -> open.run());
        com.vaadin.flow.component.Shortcuts.addShortcutListener(figure, open::run, Key.ENTER).listenOn(figure);
        return figure;
    }
}
