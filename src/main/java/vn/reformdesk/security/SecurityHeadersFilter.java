package vn.reformdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The security headers of every answer, set before anything else runs (Vaadin's pages did not get Spring
 * Security's header writer). Static files under {@code /VAADIN/} keep their own caching; everything else
 * carries data or may, so it is {@code no-store}.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/VAADIN/") && !path.startsWith("/images/") && !path.endsWith(".css")) {
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
