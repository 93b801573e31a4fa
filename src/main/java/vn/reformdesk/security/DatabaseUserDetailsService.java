package vn.reformdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Users from the database; an account or address with too many recent failures is reported locked. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final LoginAttemptService attempts;

    DatabaseUserDetailsService(AppUserRepository users, LoginAttemptService attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        boolean locked = attempts.isLocked(LoginAttemptService.accountKey(username))
                || currentAddress().map(a -> attempts.isLocked(LoginAttemptService.addressKey(a))).orElse(false);
        return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.getUnitId(), user.getPasswordHash(), user.isEnabled(), locked);
    }

    private static java.util.Optional<String> currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return java.util.Optional.ofNullable(request.getRemoteAddr());
        }
        return java.util.Optional.empty();
    }
}
