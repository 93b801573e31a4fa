package vn.reformdesk.shell;

import com.vaadin.flow.router.Route;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.List;
import java.util.TreeSet;

/**
 * Every route of the application, read from its {@code @Route} annotations so that a new view is covered by the
 * browser checks without touching them: without templates that need parameters and without the routes of the
 * tests themselves (a page of hostile chart names is no page of the application).
 */
final class ApplicationRoutes {

    private ApplicationRoutes() {
    }

    static List<String> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        TreeSet<String> paths = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("vn.reformdesk")) {
            try {
                Class<?> view = Class.forName(candidate.getBeanClassName());
                if (view.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                    continue;
                }
                paths.add(view.getAnnotation(Route.class).value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        paths.removeIf(p -> p.contains(":"));
        return List.copyOf(paths);
    }
}
