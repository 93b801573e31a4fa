package vn.reformdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import org.springframework.util.ClassUtils;

/**
 * The browser tab's title of every page, "Tổng quan · ReformDesk" / "Overview · ReformDesk": the page's name is
 * its menu entry's title ({@code @Menu(title = key)}), or for a page outside the menu the text
 * {@code shell.title.<route with dots>} (e.g. {@code shell.title.plans.areas}). The layout asks for it
 * ({@code MainLayout} implements {@code HasDynamicTitle}); pages without the layout call {@link #of(Component, String)}.
 */
public final class PageTitles {

    public static final String APP = "ReformDesk";

    private PageTitles() {
    }

    /**
     * The title key of a view class. A view whose class carries access annotations is a Spring subclass of the class
     * the route was registered with: the key is read from the class itself (the subclass has no route, and every page
     * outside the menu was titled "Overview").
     */
    public static String key(Class<?> viewClass) {
        Class<?> view = ClassUtils.getUserClass(viewClass);
        Menu menu = view.getAnnotation(Menu.class);
        if (menu != null && !menu.title().isBlank()) {
            return menu.title();
        }
        String route = RouteConfiguration.forApplicationScope().getTemplate(view.asSubclass(Component.class)).orElse("");
        return route.isEmpty() ? "nav.overview" : "shell.title." + route.replace('/', '.');
    }

    /** The title of the view shown by {@code translator} (any component of the UI, for its language). */
    public static String of(Component translator, Class<?> view) {
        return of(translator, translator.getTranslation(key(view)));
    }

    public static String of(Component translator, String pageName) {
        return translator.getTranslation("shell.title", pageName, APP);
    }
}
