package vn.reformdesk.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid cell that is styled text (a badge, a coloured figure, a change arrow): one template for the whole column,
 * where a component per row would hold a server-side node, its listeners and its text for every row shown, for as
 * long as the page is open. Text, classes and title are bound as text by the template, never parsed as markup.
 */
public final class TextCell {

    private TextCell() {
    }

    /** A span with the row's text and classes. */
    public static <T> LitRenderer<T> of(ValueProvider<T, String> text, ValueProvider<T, String> classes) {
        return LitRenderer.<T>of("<span class=\"${item.classes}\">${item.text}</span>")
                .withProperty("text", text)
                .withProperty("classes", classes);
    }

    /** A span with the row's text, classes and title (the title shown on hover and read by screen readers). */
    public static <T> LitRenderer<T> of(ValueProvider<T, String> text, ValueProvider<T, String> classes, ValueProvider<T, String> title) {
        return LitRenderer.<T>of("<span class=\"${item.classes}\" title=\"${item.title}\">${item.text}</span>")
                .withProperty("text", text)
                .withProperty("classes", classes)
                .withProperty("title", title);
    }
}
