package vn.reformdesk.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/**
 * The signed-in user as the rest of the application sees it.
 *
 * @param scopeUnitId  for a UNIT_LEADER the unit whose subtree the user may see; null for other roles
 * @param sessionEpoch the account's session epoch at sign-in: when the account is disabled, its role or unit
 *                     changes or its password is set, the epoch is raised and sessions signed in under an older
 *                     one end (see {@code AccountSessionFilter})
 */
public record CurrentUser(long id, String username, String displayName, String role, @Nullable Long scopeUnitId,
                          String passwordHash, boolean enabled, boolean locked, int sessionEpoch) implements UserDetails {

    public CurrentUser(long id, String username, String displayName, String role, @Nullable Long scopeUnitId,
                       String passwordHash, boolean enabled, boolean locked) {
        this(id, username, displayName, role, scopeUnitId, passwordHash, enabled, locked, 0);
    }

    public boolean hasRole(String r) {
        return role.equals(r);
    }

    /** True when the user sees every unit (every role but UNIT_LEADER). */
    public boolean seesEverything() {
        return !Roles.UNIT_LEADER.equals(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
