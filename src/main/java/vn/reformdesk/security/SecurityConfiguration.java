package vn.reformdesk.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.reformdesk.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * What the browser may load. Vaadin needs inline scripts and {@code eval} (its bootstrap and
     * {@code executeJs}) and inline styles; everything else is limited to this origin, nothing may frame
     * the app, and forms post only here. Text is escaped where it is shown (charts included): the policy
     * is a second line, not the first.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, JdbcClient jdbc, RequestUtil requestUtil) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/images/**", "/styles.css").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny()));
        http.addFilterBefore(new AccountSessionFilter(jdbc), AuthorizationFilter.class);
        // Vaadin's own CSRF set-up exempts the login POST; ours exempts only Vaadin's internal requests (they
        // carry Vaadin's own token), so the login form must send Spring's token, which Vaadin puts in the page.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // any other address is open to a signed-in user, so that an unknown one reaches the application's own
        // not-found page (in the user's language) instead of an empty 403 that the browser words in its own language
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class).enableCsrfConfiguration(false)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** BCrypt by default, with the {id} prefix so the algorithm can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
