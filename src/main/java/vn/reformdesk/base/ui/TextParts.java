package vn.reformdesk.base.ui;

import com.vaadin.flow.component.Component;
import org.jsoup.nodes.Entities;

import java.util.List;

/**
 * Read-only text in styled parts, kept as ONE element on the server: the parts are real {@code span}s in the page
 * (styled by their class, read by screen readers, printed), written as the element's inner markup, but they are not
 * server components. A figure tile of five spans costs the session one state node instead of eleven; see
 * {@code docs/decisions/2026-12-01-session-size.md}. Every text and class is escaped (jsoup), so a unit's name is
 * shown as text, never run as markup. Only for what the user reads; anything clickable or changing stays a component.
 */
public final class TextParts {

    /**
     * One part: a {@code span} with its CSS classes and its text (an empty text is left out), or, with an address, a
     * link inside the application that the router follows as it does a {@code RouterLink}.
     */
    public record Part(String className, String text, String href) {
    }

    private static final java.util.regex.Pattern DATA_NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");

    private TextParts() {
    }

    public static Part part(String className, String text) {
        return new Part(className, text, null);
    }

    /**
     * A link to a page of the application ("plans?unit=892&period=2019"), followed by the router without reloading
     * the page. Only addresses inside the application: one with a scheme ("javascript:", "https:") is refused.
     */
    public static Part link(String className, String text, String route) {
        return new Part(className, text, insideApp(route));
    }

    /** The address itself, when it is a page of the application; one with a scheme or a host is refused. */
    private static String insideApp(String route) {
        int end = route.length();
        for (char stop : new char[]{'/', '?', '#'}) {
            int at = route.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        if (route.substring(0, end).contains(":") || route.startsWith("//")) {
            throw new IllegalArgumentException("Not a page of the application: " + route);
        }
        return route;
    }

    /** Replaces the element's content by the parts; the element must have no child components. */
    public static <C extends Component> C fill(C host, List<Part> parts) {
        return setMarkup(host, markup(parts));
    }

    /** Fills a list element ({@code ul}, {@code ol}) with one {@code li} per text. */
    public static <C extends Component> C items(C list, List<String> texts) {
        StringBuilder html = new StringBuilder();
        texts.forEach(t -> html.append("<li>").append(Entities.escape(t)).append("</li>"));
        return setMarkup(list, html.toString());
    }

    /** Fills a list element with one {@code li} per part: the part's text, its class on the item. */
    public static <C extends Component> C classedItems(C list, List<Part> items) {
        StringBuilder html = new StringBuilder();
        items.forEach(p -> html.append("<li class=\"").append(Entities.escape(p.className())).append("\">")
                .append(Entities.escape(p.text())).append("</li>"));
        return setMarkup(list, html.toString());
    }

    private static <C extends Component> C setMarkup(C host, String html) {
        if (host.getElement().getChildCount() > 0) {
            throw new IllegalArgumentException("TextParts fills an element without children");
        }
        host.getElement().setProperty("innerHTML", html);
        return host;
    }

    static String markup(List<Part> parts) {
        StringBuilder html = new StringBuilder();
        for (Part p : parts) {
            if (p.text() == null || p.text().isEmpty()) {
                continue;
            }
            if (p.href() == null) {
                html.append("<span class=\"").append(Entities.escape(p.className())).append("\">")
                        .append(Entities.escape(p.text())).append("</span>");
            } else {
                html.append("<a class=\"").append(Entities.escape(p.className())).append("\" href=\"")
                        .append(Entities.escape(p.href())).append("\" router-link>").append(Entities.escape(p.text())).append("</a>");
            }
        }
        return html.toString();
    }

    /**
     * One row of a list: a {@code div} with its class, its {@code data-} attributes (name without the prefix, value)
     * and its parts.
     */
    public record Row(String className, java.util.Map<String, String> data, List<Part> parts) {
    }

    /** Fills a list with its rows, each a {@code div} of parts: a list of thirty rows is one server element, not thirty. */
    public static <C extends Component> C rows(C list, List<Row> rows) {
        StringBuilder html = new StringBuilder();
        for (Row row : rows) {
            html.append("<div class=\"").append(Entities.escape(row.className())).append('"');
            row.data().forEach((name, value) -> {
                if (!DATA_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("Not a data attribute name: " + name);
                }
                html.append(" data-").append(name).append("=\"").append(Entities.escape(value)).append('"');
            });
            html.append('>').append(markup(row.parts())).append("</div>");
        }
        return setMarkup(list, html.toString());
    }

    /** A column of a read-only table: its heading, and whether its cells are figures (aligned to the end). */
    public record Column(String heading, boolean figures) {
    }

    /**
     * Fills the element with a read-only {@code table}: a heading row ({@code th scope="col"}) and one row per list of
     * cell texts. For a short table that is only read (no sorting, no selection, no click): a grid holds a server node,
     * listeners and a data communicator per column and per grid.
     */
    public static <C extends Component> C table(C host, List<Column> columns, List<List<String>> rows) {
        return styledTable(host, columns, rows.stream().map(row -> row.stream().map(text -> part("", text)).toList()).toList());
    }

    /**
     * The same with styled cells: each cell a part, its text in a {@code span} with the part's classes (a badge).
     * The element is made reachable with Tab, since a table wider than a phone scrolls sideways inside it.
     */
    public static <C extends Component> C styledTable(C host, List<Column> columns, List<List<Part>> rows) {
        StringBuilder html = new StringBuilder("<table class=\"rd-table\"><thead><tr>");
        for (Column c : columns) {
            html.append("<th scope=\"col\"").append(c.figures() ? " class=\"rd-num\"" : "").append('>')
                    .append(Entities.escape(c.heading())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<Part> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + row.size() + " cells in a table of " + columns.size() + " columns");
            }
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Part cell = row.get(i);
                html.append("<td").append(columns.get(i).figures() ? " class=\"rd-num\"" : "").append('>');
                if (cell.className().isEmpty()) {
                    html.append(Entities.escape(cell.text()));
                } else {
                    html.append(markup(List.of(cell)));
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        // a table wider than a phone scrolls sideways inside its element, which keyboard users must be able to reach
        host.getElement().setAttribute("tabindex", "0");
        host.getElement().getClassList().add("rd-table-host");
        return setMarkup(host, html.append("</tbody></table>").toString());
    }

    /** One entry of the side navigation: its label, its address inside the application and a Vaadin icon name ("vaadin:home") or null. */
    public record NavItem(String label, String path, String icon) {
    }

    /**
     * Fills a side navigation ({@code vaadin-side-nav}) with its entries as {@code vaadin-side-nav-item}s: the same web
     * components a {@code SideNavItem} makes (the current page marked by the component, links followed by the router),
     * without a server component and an icon component per entry. Addresses as for {@link #link}.
     */
    public static <C extends Component> C navItems(C nav, List<NavItem> items) {
        StringBuilder html = new StringBuilder();
        for (NavItem item : items) {
            html.append("<vaadin-side-nav-item path=\"").append(Entities.escape(insideApp(item.path()))).append("\">");
            if (item.icon() != null) {
                html.append("<vaadin-icon icon=\"").append(Entities.escape(item.icon())).append("\" slot=\"prefix\"></vaadin-icon>");
            }
            html.append(Entities.escape(item.label())).append("</vaadin-side-nav-item>");
        }
        return setMarkup(nav, html.toString());
    }
}
