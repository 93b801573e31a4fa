package vn.reformdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

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
        Span v = new Span(value);
        v.addClassName("rd-figure-value");
        Span c = new Span(caption);
        c.addClassName("rd-figure-caption");
        Div div = new Div(v, c);
        div.addClassName("rd-figure");
        return div;
    }
}
