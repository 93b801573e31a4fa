package vn.reformdesk.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    TestUnits testUnits;
    @Autowired
    AuthenticationConfiguration authConfig;

    @Test
    void onlyTheAdministratorCreatesOrListsAccounts() {
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> users.create("x" + System.nanoTime(), "password1", "X", Roles.CHAIR, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.chair(), () -> users.list())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLeaderNeedsAUnitAndPasswordsAreHashed() {
        var tree = testUnits.province(1, 1, 0);
        assertThatThrownBy(() -> AsUser.run(AsUser.admin(), () -> users.create("lead" + System.nanoTime(), "password1", "L", Roles.UNIT_LEADER, null)))
                .hasMessageContaining("unit");
        assertThatThrownBy(() -> AsUser.run(AsUser.admin(), () -> users.create("x y", "password1", "L", Roles.CHAIR, null)))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> AsUser.run(AsUser.admin(), () -> users.create("short" + System.nanoTime(), "abc", "S", Roles.CHAIR, null)))
                .hasMessageContaining("security.password.too-short");
        String name = "lead" + System.nanoTime();
        AsUser.run(AsUser.admin(), () -> users.create(name, "password1", "Leader", Roles.UNIT_LEADER, tree.district(0).id()));
        var created = AsUser.call(AsUser.admin(), () -> users.list()).stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
        assertThat(created.unitId()).isEqualTo(tree.district(0).id());
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String name = "gone" + System.nanoTime();
        long id = AsUser.call(AsUser.admin(), () -> users.create(name, "password1", "Gone", Roles.CHAIR, null));
        AsUser.run(AsUser.admin(), () -> users.setEnabled(id, false, "admin"));
        var manager = authConfig.getAuthenticationManager();
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "password1")))
                .isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.admin(), () -> users.setEnabled(id, false, name)))
                .hasMessageContaining("own account");
    }
}
