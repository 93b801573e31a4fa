package vn.reformdesk.dossiers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The machine-to-machine endpoint {@code /api/dossiers/**}: HTTP Basic against the same users, no session,
 * and no CSRF token (a one-stop system pushes batches; there is no browser form). Ordered before the
 * Vaadin chain and limited to this path, so the rest of the application keeps its CSRF protection.
 */
@Configuration
class DossierApiSecurity {

    static final String[] PATHS = {"/api/dossiers", "/api/dossiers/**"};

    @Bean
    @Order(1)
    SecurityFilterChain dossierApiSecurityFilterChain(HttpSecurity http) throws Exception {
        // status and body written directly: sendError would dispatch to /error, which the Vaadin chain answers with a login redirect
        AuthenticationEntryPoint basic = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ReformDesk\", charset=\"UTF-8\"");
            response.setStatus(401);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"sign in with HTTP Basic\"}");
        };
        AccessDeniedHandler denied = (request, response, e) -> {
            response.setStatus(403);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"access denied\"}");
        };
        return http.securityMatcher(PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(basic))
                .exceptionHandling(e -> e.authenticationEntryPoint(basic).accessDeniedHandler(denied))
                .requestCache(c -> c.disable())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
