package vn.reformdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import java.util.List;

/** A titled white card, the building block of the Overview and the feature pages. */
public class Card extends Div {

    public Card(String title, Component... content) {
        addClassName("rd-card");
        H3 heading = new H3(title);
        heading.addClassName("rd-card-title");
        add(heading);
        add(content);
    }

    /** A big figure with a caption, e.g. "29/36" over "tasks done". */
    public static Div figure(String value, String caption) {
        Div div = TextParts.fill(new Div(), List.of(TextParts.part("rd-figure-value", value), TextParts.part("rd-figure-caption", caption)));
        div.addClassName("rd-figure");
        return div;
    }
}
