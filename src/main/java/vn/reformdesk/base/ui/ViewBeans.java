package vn.reformdesk.base.ui;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every view, layout and error view of the application is a prototype bean of the Spring context: a new instance for
 * each navigation, as before, but known to Spring by its class.
 * <p>
 * Without it, Vaadin's Spring instantiator asks the context for a bean of the view's class, is refused with an
 * exception, and then creates the view as an unnamed bean, which runs Spring's proxy check (every method of the view
 * and its component superclasses against the method-security and audit pointcuts) on every navigation. Under load
 * that was a fifth of the server's CPU. A named prototype bean is checked once. See
 * {@code docs/decisions/2026-12-01-session-size.md}.
 */
@Component
public class ViewBeans implements BeanDefinitionRegistryPostProcessor {

    private static final String PACKAGE = "vn.reformdesk";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        for (BeanDefinition found : scanner.findCandidateComponents(PACKAGE)) {
            String name = found.getBeanClassName();
            if (name == null || registry.containsBeanDefinition(name)) {
                continue;
            }
            RootBeanDefinition view = new RootBeanDefinition(ClassUtils.resolveClassName(name, getClass().getClassLoader()));
            view.setScope(BeanDefinition.SCOPE_PROTOTYPE);
            registry.registerBeanDefinition(name, view);
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // nothing beyond the definitions
    }
}
