package vn.reformdesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;

/**
 * Makes a figure open the records it counts: clickable, reachable with the keyboard (Tab, then Enter), and
 * marked as a link so a reader sees that the number leads somewhere.
 * <p>
 * Click and Enter are two listeners on the figure's own element. A page may hold a hundred figures (a table of
 * them), and a keyboard shortcut per figure cost some 4 KB of session memory each, against some 200 bytes for a
 * listener: see {@code docs/decisions/2026-12-01-session-size.md}.
 */
public final class FigureLink {

    private FigureLink() {
    }

    public static Div opens(Div figure, String title, Runnable open) {
        figure.addClassName("rd-figure-link");
        figure.getElement().setAttribute("role", "button");
        figure.getElement().setAttribute("tabindex", "0");
        figure.getElement().setAttribute("title", title);
        Element element = figure.getElement();
        element.addEventListener("click", e -> open.run());
        element.addEventListener("keydown", e -> open.run()).setFilter("event.key === 'Enter'");
        return figure;
    }

    /**
     * The same for a figure in every row of a grid column: one template for the column instead of a component per
     * row (a component in a cell costs a server-side node and listeners for each row). A click on the figure does not
     * also count as a click on its row. The text, classes and title are bound as text, never as markup.
     */
    public static <T> LitRenderer<T> column(ValueProvider<T, String> text, ValueProvider<T, String> classes, String title,
                                            SerializableConsumer<T> open) {
        return LitRenderer.<T>of("<div class=\"rd-figure-link ${item.classes}\" role=\"button\" tabindex=\"0\" title=\"${item.title}\""
                        + " @click=${e => { e.stopPropagation(); openFigure(); }}"
                        + " @keydown=${e => { if (e.key === 'Enter') { e.stopPropagation(); openFigure(); } }}><span>${item.text}</span></div>")
                .withProperty("text", text)
                .withProperty("classes", classes)
                .withProperty("title", row -> title)
                .withFunction("openFigure", open);
    }
}
