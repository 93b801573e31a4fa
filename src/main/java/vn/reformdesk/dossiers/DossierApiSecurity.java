package vn.reformdesk.dossiers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The machine-to-machine endpoint {@code /api/dossiers/**}: HTTP Basic against the same users, no session,
 * and no CSRF token (a one-stop system pushes batches; there is no browser form). Ordered before the
 * Vaadin chain and limited to this path, so the rest of the application keeps its CSRF protection.
 */
@Configuration
class DossierApiSecurity {

    static final String PATH = "/api/dossiers/**";

    @Bean
    @Order(1)
    SecurityFilterChain dossierApiSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
