package vn.reformdesk.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Until the application is ready, every request is answered 503 with a page that says so and reloads itself (and a
 * {@code Retry-After} for a load balancer). Spring Boot serves requests before its start-up work has run: the
 * administrator's account, a ministry's country root, the demo data. On a fresh demo a visitor could sign in and see a
 * province without figures. Ready is Spring Boot's readiness state, which turns to accepting traffic once that work is
 * done. The gate comes after the security headers and before anything else.
 */
@Component
class StartupGate extends OncePerRequestFilter implements Ordered {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="3"><title>ReformDesk đang khởi động</title></head>
            <body><main><h1>ReformDesk đang khởi động…</h1><p>Trang sẽ tự mở lại sau vài giây.</p>
            <p lang="en">ReformDesk is starting. This page opens again by itself in a few seconds.</p></main></body></html>
            """;

    private final ApplicationAvailability availability;

    StartupGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 30;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "3");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
}
