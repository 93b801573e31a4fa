package vn.reformdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;

/**
 * Password sign-in (the login form and the API's HTTP Basic alike) behind the {@link LoginThrottle}: a pair
 * that must wait is refused before its password is checked, and that refusal is not counted as a failure.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** The address of attempts made outside an HTTP request (start-up, tests). */
    static final String NO_ADDRESS = "local";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DatabaseUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = authentication.getName() == null ? "" : authentication.getName();
        String address = addressOf(authentication);
        Duration wait = throttle.waitFor(account, address).orElse(null);
        if (wait != null) {
            throw new LockedException("too many failed sign-ins from this address: wait " + wait.toSeconds() + " s");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(account, address);
            return result;
        } catch (BadCredentialsException e) {
            // an unknown name is reported as bad credentials too: it counts the same
            throttle.recordFailure(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address: the request's remote address (a proxy's header only when configured, see README). */
    static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            if (request.getRemoteAddr() != null) {
                return request.getRemoteAddr();
            }
        }
        return NO_ADDRESS;
    }
}
