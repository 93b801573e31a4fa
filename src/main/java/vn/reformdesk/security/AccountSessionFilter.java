package vn.reformdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Ends a session whose account was disabled, or whose role, unit or password changed since it signed in:
 * every request of a signed-in session compares the epoch it signed in with ({@link CurrentUser#sessionEpoch()})
 * with the account's current one in the database (a primary-key read), so this holds on every server at
 * once. The session is invalidated and the request goes on unauthenticated: a page asks for the login, a
 * Vaadin request answers that the session has expired and the browser reloads to the login.
 * <p>
 * A user who changes their own password keeps the session they did it in: {@link #continueSession} stores
 * the new epoch in it.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    /** Session attribute: an epoch newer than the principal's, set when the user changed their own password here. */
    static final String EPOCH_ATTRIBUTE = AccountSessionFilter.class.getName() + ".epoch";

    private final JdbcClient jdbc;

    AccountSessionFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof CurrentUser user && user.id() > 0) {
            int signedIn = session.getAttribute(EPOCH_ATTRIBUTE) instanceof Integer e ? e : user.sessionEpoch();
            Optional<Integer> current = jdbc.sql("select session_epoch from app_user where id = ? and enabled")
                    .param(user.id()).query(Integer.class).optional();
            if (current.isEmpty() || current.get() != signedIn) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    /** Keeps the session of the current request after its user changed their own password. */
    static void continueSession(HttpServletRequest request, int newEpoch) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(EPOCH_ATTRIBUTE, newEpoch);
        }
    }
}
