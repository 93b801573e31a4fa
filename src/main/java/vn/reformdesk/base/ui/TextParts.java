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
        return new Part(className, text, route);
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
            link("", item.label(), item.path());
            html.append("<vaadin-side-nav-item path=\"").append(Entities.escape(item.path())).append("\">");
            if (item.icon() != null) {
                html.append("<vaadin-icon icon=\"").append(Entities.escape(item.icon())).append("\" slot=\"prefix\"></vaadin-icon>");
            }
            html.append(Entities.escape(item.label())).append("</vaadin-side-nav-item>");
        }
        return setMarkup(nav, html.toString());
    }
}
