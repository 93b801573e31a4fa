package vn.reformdesk.rankings;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two paths the Vaadin chain would deny: the rankings stylesheet (public like {@code styles.css}; a denied
 * stylesheet left a leader's own row unhighlighted) and the evidence downloads, which need a signed-in
 * session (the same one the application uses) and check the unit's scope in {@link ScoringRoundQueries}.
 */
@Configuration
class RankingsWebSecurity {

    @Bean
    @Order(3)
    SecurityFilterChain rankingsStylesheetFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/rankings.css").authorizeHttpRequests(auth -> auth.anyRequest().permitAll()).build();
    }

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
