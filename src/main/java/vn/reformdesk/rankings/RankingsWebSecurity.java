package vn.reformdesk.rankings;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The evidence downloads, a path the Vaadin chain would deny: they need a signed-in session (the same one the
 * application uses) and check the unit's scope in {@link ScoringRoundQueries}. (Styles need no chain: the one
 * application stylesheet, {@code styles.css}, is public by Vaadin's own rules.)
 */
@Configuration
class RankingsWebSecurity {

    @Bean
    @Order(4)
    SecurityFilterChain evidenceFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EvidenceController.PATH + "**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> response.setStatus(HttpServletResponse.SC_UNAUTHORIZED)))
                .requestCache(c -> c.disable())
                .build();
    }
}
