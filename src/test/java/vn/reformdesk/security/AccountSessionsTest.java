package vn.reformdesk.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Open sessions end when their account is disabled, its role or unit changes, or its password is set; the
 * password policy; an administrator's reset and every user's own change of password.
 */
@DatabaseTest
class AccountSessionsTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuthenticationConfiguration authConfig;
    @Autowired
    TestUnits testUnits;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    private record Session(MockHttpSession http, Authentication auth) {
    }

    private Session signIn(String name, String password) throws Exception {
        AuthenticationManager manager = authConfig.getAuthenticationManager();
        Authentication auth = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
        return new Session(new MockHttpSession(), auth);
    }

    /** One request of that session through the filter; true when the session is still signed in afterwards. */
    private boolean request(Session s) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(s.http());
        SecurityContextHolder.getContext().setAuthentication(s.auth());
        try {
            new AccountSessionFilter(jdbc).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            return !s.http().isInvalid() && SecurityContextHolder.getContext().getAuthentication() != null;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long create(String name, String role, Long unitId) {
        return AsUser.call(AsUser.admin(), () -> users.create(name, PASSWORD, "Tester", role, unitId));
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtTheirNextRequest() throws Exception {
        String name = "sess" + System.nanoTime();
        long id = create(name, Roles.CHAIR, null);
        Session session = signIn(name, PASSWORD);
        assertThat(request(session)).isTrue();
        AsUser.run(AsUser.admin(), () -> users.setEnabled(id, false, "admin"));
        assertThat(request(session)).isFalse();
        assertThat(session.http().isInvalid()).isTrue();
    }

    @Test
    void changingTheRoleOrUnitEndsOpenSessions() throws Exception {
        TestUnits.Tree tree = testUnits.province(2, 1, 0);
        String name = "role" + System.nanoTime();
        long id = create(name, Roles.UNIT_LEADER, tree.district(0).id());
        Session first = signIn(name, PASSWORD);
        assertThat(request(first)).isTrue();
        AsUser.run(AsUser.admin(), () -> users.changeRole(id, Roles.UNIT_LEADER, tree.district(1).id()));
        assertThat(request(first)).as("unit changed").isFalse();

        Session second = signIn(name, PASSWORD);
        assertThat(((CurrentUser) second.auth().getPrincipal()).scopeUnitId()).isEqualTo(tree.district(1).id());
        assertThat(request(second)).isTrue();
        AsUser.run(AsUser.admin(), () -> users.changeRole(id, Roles.CHAIR, null));
        assertThat(request(second)).as("role changed").isFalse();
        assertThatThrownBy(() -> AsUser.run(AsUser.admin(), () -> users.changeRole(id, Roles.UNIT_LEADER, null)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> users.changeRole(id, Roles.ADMIN, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anAdministratorResetsAPasswordAndTheOldSessionsEnd() throws Exception {
        String name = "reset" + System.nanoTime();
        long id = create(name, Roles.SECRETARIAT, null);
        Session session = signIn(name, PASSWORD);
        String fresh = "another long passphrase";
        AsUser.run(AsUser.admin(), () -> users.resetPassword(id, fresh));
        assertThat(request(session)).isFalse();
        assertThatThrownBy(() -> signIn(name, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(name, fresh).auth().isAuthenticated()).isTrue();
    }

    @Test
    void everyUserChangesTheirOwnPasswordAndKeepsThisSessionButNotTheOthers() throws Exception {
        String name = "own" + System.nanoTime();
        create(name, Roles.UNIT_LEADER, testUnits.province(1, 1, 0).district(0).id());
        Session here = signIn(name, PASSWORD);
        Session elsewhere = signIn(name, PASSWORD);
        CurrentUser me = (CurrentUser) here.auth().getPrincipal();

        assertThatThrownBy(() -> AsUser.run(me, () -> users.changeOwnPassword("wrong", "a brand new passphrase")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> AsUser.run(me, () -> users.changeOwnPassword(PASSWORD, "short")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("security.password.too-short"));

        MockHttpServletRequest current = new MockHttpServletRequest("POST", "/");
        current.setSession(here.http());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(current));
        AsUser.run(me, () -> users.changeOwnPassword(PASSWORD, "a brand new passphrase"));
        RequestContextHolder.resetRequestAttributes();

        assertThat(request(here)).as("the session the change was made in").isTrue();
        assertThat(request(elsewhere)).as("another session of the same account").isFalse();
        assertThat(signIn(name, "a brand new passphrase").auth().isAuthenticated()).isTrue();
    }

    @Test
    void thePasswordPolicyRefusesShortCommonAndGuessablePasswords() {
        PasswordPolicy policy = new PasswordPolicy(12, true);
        assertThat(key(() -> policy.check("nam", "demo1234"))).isEqualTo("security.password.too-short");
        assertThat(key(() -> policy.check("nam", "Password2024!"))).isEqualTo("security.password.common");
        assertThat(key(() -> policy.check("nam", "matkhau123456"))).isEqualTo("security.password.common");
        assertThat(key(() -> policy.check("nguyenvannam", "nguyenvannam2024"))).isEqualTo("security.password.guessable");
        assertThat(key(() -> policy.check("nam", "aaaaaaaaaaaaaaaa"))).isEqualTo("security.password.guessable");
        assertThat(key(() -> policy.check("nam", "x".repeat(10) + "y".repeat(200)))).isEqualTo("security.password.too-long");
        policy.check("nam", "sông Hậu mùa nước nổi");
        policy.check("nam", "correct horse battery staple");
    }

    private static String key(Runnable check) {
        try {
            check.run();
        } catch (UserFacingException e) {
            return e.key();
        }
        return "accepted";
    }
}
