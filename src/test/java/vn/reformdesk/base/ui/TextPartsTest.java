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

    @Test
    void navigationEntriesAreSideNavItemsWithTheirLabelsAndAddressesEscaped() {
        Div nav = TextParts.navItems(new Div(), List.of(
                new TextParts.NavItem("Tổng quan", "?unit=89&period=2024", "vaadin:dashboard"),
                new TextParts.NavItem("<b>Kế hoạch</b>", "plans?unit=89&period=2024", null)));
        assertThat(nav.getElement().getProperty("innerHTML")).isEqualTo(
                "<vaadin-side-nav-item path=\"?unit=89&amp;period=2024\"><vaadin-icon icon=\"vaadin:dashboard\" slot=\"prefix\"></vaadin-icon>Tổng quan</vaadin-side-nav-item>"
                        + "<vaadin-side-nav-item path=\"plans?unit=89&amp;period=2024\">&lt;b&gt;Kế hoạch&lt;/b&gt;</vaadin-side-nav-item>");
        assertThatThrownBy(() -> TextParts.navItems(new Div(), List.of(new TextParts.NavItem("x", "javascript:alert(1)", null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTableHasItsHeadingsAsColumnHeadersItsCellsEscapedAndItsFiguresAlignedToTheEnd() {
        Div table = TextParts.styledTable(new Div(), List.of(new TextParts.Column("Đơn vị", false), new TextParts.Column("Giá trị", true)),
                List.of(List.of(TextParts.part("", "Huyện <i>A</i>"), TextParts.part("rd-badge red", "12,5%"))));
        assertThat(table.getElement().getProperty("innerHTML")).isEqualTo("<table class=\"rd-table\"><thead><tr>"
                + "<th scope=\"col\">Đơn vị</th><th scope=\"col\" class=\"rd-num\">Giá trị</th></tr></thead><tbody><tr>"
                + "<td>Huyện &lt;i&gt;A&lt;/i&gt;</td><td class=\"rd-num\"><span class=\"rd-badge red\">12,5%</span></td></tr></tbody></table>");
        assertThat(table.getElement().getAttribute("tabindex")).as("reachable by keyboard when it scrolls sideways").isEqualTo("0");
        assertThatThrownBy(() -> TextParts.table(new Div(), List.of(new TextParts.Column("A", false)), List.of(List.of("1", "2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsCarryTheirDataAttributesEscapedAndRefuseABadAttributeName() {
        Div list = TextParts.rows(new Div(), List.of(new TextParts.Row("rd-list-row", java.util.Map.of("unit", "89\"><b>"),
                List.of(TextParts.part("rd-list-title", "An Giang")))));
        assertThat(list.getElement().getProperty("innerHTML"))
                .isEqualTo("<div class=\"rd-list-row\" data-unit=\"89&quot;&gt;&lt;b&gt;\"><span class=\"rd-list-title\">An Giang</span></div>");
        assertThatThrownBy(() -> TextParts.rows(new Div(), List.of(new TextParts.Row("r", java.util.Map.of("x onclick", "1"), List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
