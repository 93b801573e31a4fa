package vn.reformdesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Read-only text parts: one element, its texts escaped, empty parts left out, never mixed with child components. */
class TextPartsTest {

    @Test
    void partsAreSpansOfOneElementWithTheirTextsEscaped() {
        Div tile = TextParts.fill(new Div(), List.of(
                TextParts.part("caption", "Huyện <img src=x onerror=alert(1)>"),
                TextParts.part("value", "29/36"),
                TextParts.part("change", ""),
                TextParts.part("def", "\"A\" & 'B'")));
        assertThat(tile.getElement().getChildCount()).isZero();
        assertThat(tile.getElement().getProperty("innerHTML")).isEqualTo(
                "<span class=\"caption\">Huyện &lt;img src=x onerror=alert(1)&gt;</span>"
                        + "<span class=\"value\">29/36</span>"
                        + "<span class=\"def\">&quot;A&quot; &amp; &apos;B&apos;</span>");
    }

    @Test
    void aClassCannotBreakOutOfItsAttribute() {
        Div tile = TextParts.fill(new Div(), List.of(TextParts.part("x\" onclick=\"alert(1)", "text")));
        assertThat(tile.getElement().getProperty("innerHTML")).isEqualTo("<span class=\"x&quot; onclick=&quot;alert(1)\">text</span>");
    }

    @Test
    void listItemsAreEscapedToo() {
        UnorderedList list = TextParts.items(new UnorderedList(), List.of("Chỉ số < 80", "<b>đậm</b>"));
        assertThat(list.getElement().getProperty("innerHTML")).isEqualTo("<li>Chỉ số &lt; 80</li><li>&lt;b&gt;đậm&lt;/b&gt;</li>");
    }

    @Test
    void aLinkIsARouterLinkToAPageOfTheApplicationOnly() {
        Div row = TextParts.fill(new Div(), List.of(TextParts.link("title", "Kế hoạch <31>", "plans?unit=892&period=2019")));
        assertThat(row.getElement().getProperty("innerHTML"))
                .isEqualTo("<a class=\"title\" href=\"plans?unit=892&amp;period=2019\" router-link>Kế hoạch &lt;31&gt;</a>");
        for (String outside : List.of("javascript:alert(1)", "JavaScript:alert(1)", "https://example.org/", "//example.org/x", "data:text/html,x")) {
            assertThatThrownBy(() -> TextParts.link("title", "x", outside)).as(outside).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(TextParts.link("t", "x", "inspections/list?status=done&t=a:b").href()).isEqualTo("inspections/list?status=done&t=a:b");
    }

    @Test
    void anElementWithChildComponentsIsRefused() {
        assertThatThrownBy(() -> TextParts.fill(new Div(new Span("a")), List.of(TextParts.part("b", "c"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextParts.items(new UnorderedList(new com.vaadin.flow.component.html.ListItem("a")), List.of("b")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
