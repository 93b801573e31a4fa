package vn.reformdesk.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** Who is asking. Services use it for scope checks; it works in UI requests, HTTP endpoints and tests alike. */
@Service
public class CurrentUserService {

    public Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; access denied when nobody is signed in. */
    public CurrentUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
