package vn.reformdesk.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users from the database. Throttling of failed sign-ins is the {@link ThrottledAuthenticationProvider}'s. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    DatabaseUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.getUnitId(), user.getPasswordHash(), user.isEnabled(), false, user.getSessionEpoch());
    }
}
