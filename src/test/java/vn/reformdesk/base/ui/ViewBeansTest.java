package vn.reformdesk.base.ui;

import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import vn.reformdesk.shell.ui.MainLayout;
import vn.reformdesk.shell.ui.ServerErrorView;
import vn.reformdesk.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every view, the layout and the error views are prototype beans known by their class (see {@link ViewBeans}). */
@DatabaseTest
class ViewBeansTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void everyRouteTheLayoutAndTheErrorViewsArePrototypeBeansOfTheirOwnClass() throws Exception {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = scanner.findCandidateComponents("vn.reformdesk");
        assertThat(routes).hasSizeGreaterThan(20);
        for (var route : routes) {
            Class<?> view = Class.forName(route.getBeanClassName());
            assertThat(beans.getBeanNamesForType(view)).as(view.getSimpleName()).containsExactly(view.getName());
            assertThat(beans.getBeanDefinition(view.getName()).isPrototype()).as(view.getSimpleName()).isTrue();
        }
        for (Class<?> other : new Class<?>[]{MainLayout.class, ServerErrorView.class}) {
            assertThat(beans.getBeanDefinition(other.getName()).isPrototype()).as(other.getSimpleName()).isTrue();
        }
    }
}
