package vn.reformdesk.audit;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ReportingClock;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Puts the {@link AuditTrail} around every write method of every service of the application. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor auditTrailAdvisor(ObjectProvider<JdbcClient> jdbc, ObjectProvider<ReportingClock> clock) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new WriteCommands(), new AuditTrail(jdbc, clock));
        // outside the transaction and the security checks: only a command that was allowed and committed is recorded
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return advisor;
    }

    /** Public methods of {@code vn.reformdesk} services that are {@code @Transactional} for writing. */
    static final class WriteCommands extends StaticMethodMatcherPointcut {

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            if (!targetClass.getName().startsWith("vn.reformdesk.") || targetClass.getName().startsWith("vn.reformdesk.audit.")
                    || !AnnotatedElementUtils.hasAnnotation(targetClass, Service.class)
                    || targetClass.getSimpleName().equals("LoginThrottle")) {
                return false;
            }
            Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
            if (!Modifier.isPublic(specific.getModifiers()) || Modifier.isStatic(specific.getModifiers())) {
                return false;
            }
            Transactional tx = AnnotatedElementUtils.findMergedAnnotation(specific, Transactional.class);
            if (tx == null) {
                tx = AnnotatedElementUtils.findMergedAnnotation(targetClass, Transactional.class);
            }
            return tx != null && !tx.readOnly();
        }
    }
}
