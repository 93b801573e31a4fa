package vn.reformdesk.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.Callable;

/**
 * Runs work on this thread as a given user (scheduled jobs acting for each recipient, start-up work as the system),
 * so that the services' role and scope checks apply to it exactly as to a signed-in user; the previous security
 * context is restored afterwards.
 */
public final class RunAs {

    private RunAs() {
    }

    public static void run(CurrentUser user, Runnable work) {
        call(user, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(CurrentUser user, Callable<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
