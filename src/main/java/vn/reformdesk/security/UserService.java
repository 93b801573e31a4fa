package vn.reformdesk.security;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.reformdesk.base.UserFacingException;

import java.util.List;

/**
 * Accounts. In production there is no default account: the first start with
 * {@code REFORMDESK_ADMIN_PASSWORD} set creates the user {@code admin} with that password.
 */
@Service
public class UserService implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    public record UserSummary(long id, String username, String displayName, String role, @Nullable Long unitId,
                              boolean enabled) {
    }

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final CurrentUserService currentUser;
    private final @Nullable String bootstrapPassword;

    UserService(AppUserRepository users, PasswordEncoder encoder, PasswordPolicy policy, CurrentUserService currentUser,
                @Value("${REFORMDESK_ADMIN_PASSWORD:}") @Nullable String bootstrapPassword) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.bootstrapPassword = bootstrapPassword;
    }

    /** Creates an account (ADMIN only; demo data and bootstrap run as the system administrator). */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize(RoleRules.ADMINISTERS)
    public long create(String username, String password, String displayName, String role, @Nullable Long unitId) {
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw UserFacingException.onField("username", "security.account.exists", username);
        }
        if (!username.matches("[A-Za-z0-9._-]{3,64}")) {
            throw UserFacingException.onField("username", "security.account.username-format");
        }
        if (Roles.UNIT_LEADER.equals(role) != (unitId != null)) {
            throw UserFacingException.onField("unit", "security.account.leader-unit");
        }
        policy.check(username, password);
        return users.save(new AppUser(username, encoder.encode(password), displayName, role, unitId)).getId();
    }

    /** The shortest password the policy accepts (12; 8 in demo mode), for the forms' help text. */
    public int passwordMinLength() {
        return policy.minLength();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsernameIgnoreCase(username).isPresent();
    }

    @Transactional(readOnly = true)
    @org.springframework.security.access.prepost.PreAuthorize(RoleRules.ADMINISTERS)
    public List<UserSummary> list() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(u -> new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getUnitId(), u.isEnabled()))
                .toList();
    }

    /** Disables or re-enables an account; a disabled account cannot sign in. An administrator cannot disable themself. */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize(RoleRules.ADMINISTERS)
    public void setEnabled(long userId, boolean enabled, String actingUsername) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserFacingException("security.account.unknown", String.valueOf(userId)));
        if (!enabled && user.getUsername().equalsIgnoreCase(actingUsername)) {
            throw new UserFacingException("security.account.own-disable");
        }
        user.setEnabled(enabled);
    }

    /** Changes the role and, for leaders, the unit of an account; its open sessions end (ADMIN only). */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize(RoleRules.ADMINISTERS)
    public void changeRole(long userId, String role, @Nullable Long unitId) {
        if (Roles.UNIT_LEADER.equals(role) != (unitId != null)) {
            throw UserFacingException.onField("unit", "security.account.leader-unit");
        }
        AppUser user = users.findById(userId).orElseThrow(() -> new UserFacingException("security.account.unknown", String.valueOf(userId)));
        if (user.getUsername().equalsIgnoreCase(currentUser.require().username()) && !Roles.ADMIN.equals(role)) {
            throw new UserFacingException("security.account.own-role");
        }
        user.setRoleAndUnit(role, unitId);
    }

    /** Sets a new password for another account, for example after a forgotten one; its open sessions end (ADMIN only). */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize(RoleRules.ADMINISTERS)
    public void resetPassword(long userId, String newPassword) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserFacingException("security.account.unknown", String.valueOf(userId)));
        policy.check(user.getUsername(), newPassword);
        user.setPasswordHash(encoder.encode(newPassword));
    }

    /**
     * The signed-in user changes their own password, giving the current one. Their other sessions end; the
     * session of this request goes on (see {@code AccountSessionFilter}).
     *
     * @return the account's new session epoch
     */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    public int changeOwnPassword(String currentPassword, String newPassword) {
        CurrentUser me = currentUser.require();
        AppUser user = users.findById(me.id()).orElseThrow(() -> new UserFacingException("security.password.wrong-current"));
        if (!encoder.matches(currentPassword, user.getPasswordHash())) {
            throw UserFacingException.onField("currentPassword", "security.password.wrong-current");
        }
        if (currentPassword.equals(newPassword)) {
            throw UserFacingException.onField("password", "security.password.same");
        }
        policy.check(user.getUsername(), newPassword);
        user.setPasswordHash(encoder.encode(newPassword));
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attrs) {
            AccountSessionFilter.continueSession(attrs.getRequest(), user.getSessionEpoch());
        }
        return user.getSessionEpoch();
    }

    /** Moves a unit leader to another unit (e.g. from an abolished unit to its successor). */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize(RoleRules.ADMINISTERS)
    public void moveToUnit(long userId, long unitId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserFacingException("security.account.unknown", String.valueOf(userId)));
        if (!Roles.UNIT_LEADER.equals(user.getRole())) {
            throw new UserFacingException("security.account.only-leaders-have-units");
        }
        user.setRoleAndUnit(user.getRole(), unitId);
    }

    /** The language the user last chose in the application ({@code vi} or {@code en}), kept for their e-mails. */
    @Transactional
    public void setLanguage(long userId, String language) {
        requireSelf(userId);
        users.findById(userId).ifPresent(u -> u.setLanguage("en".equals(language) ? "en" : "vi"));
    }

    /** The address the user's reminders go to; blank removes it. */
    @Transactional
    public void setEmail(long userId, @Nullable String email) {
        requireSelf(userId);
        String value = email == null || email.isBlank() ? null : email.trim();
        if (value != null && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw UserFacingException.onField("email", "notifications.error.email");
        }
        users.findById(userId).orElseThrow().setEmail(value);
    }

    /** The signed-in user's own address and language. */
    @Transactional(readOnly = true)
    public Contact contact(long userId) {
        requireSelf(userId);
        AppUser u = users.findById(userId).orElseThrow();
        return new Contact(u.getEmail(), u.getLanguage());
    }

    public record Contact(@Nullable String email, String language) {
    }

    /**
     * An account as the reminders see it: the user (to read their agenda in their own scope), their address and
     * language. Only enabled accounts.
     */
    public record Recipient(CurrentUser user, @Nullable String email, String language) {
    }

    /** Every enabled account, for the reminder run (which runs as the system administrator). */
    @Transactional(readOnly = true)
    @org.springframework.security.access.prepost.PreAuthorize(RoleRules.ADMINISTERS)
    public List<Recipient> enabledRecipients() {
        return users.findAll(org.springframework.data.domain.Sort.by("id")).stream().filter(AppUser::isEnabled)
                .map(u -> new Recipient(new CurrentUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getUnitId(),
                        "", true, false), u.getEmail(), u.getLanguage()))
                .toList();
    }

    private static void requireSelf(long userId) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUser me) || me.id() != userId) {
            throw new org.springframework.security.access.AccessDeniedException("only your own account");
        }
    }

    @Override
    @Order(0)
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() == 0 && bootstrapPassword != null && !bootstrapPassword.isBlank()) {
            policy.check("admin", bootstrapPassword);
            users.save(new AppUser("admin", encoder.encode(bootstrapPassword), "Administrator", Roles.ADMIN, null));
            log.info("Created the account 'admin' from REFORMDESK_ADMIN_PASSWORD");
        }
    }
}
