package vn.reformdesk.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class LoginThrottlingTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    AuthenticationConfiguration authConfig;
    @Autowired
    UserService users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoginThrottle throttle;

    private AuthenticationManager manager;
    private String name;
    private Instant now;

    @BeforeEach
    void user() throws Exception {
        manager = authConfig.getAuthenticationManager();
        name = "throttle" + System.nanoTime();
        AsUser.run(AsUser.admin(), () -> users.create(name, PASSWORD, "Throttle", Roles.CHAIR, null));
        now = Instant.parse("2026-03-02T01:00:00Z");
        clock.setInstant(now);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Authentication signIn(String user, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return manager.authenticate(token);
    }

    private void later(Duration d) {
        now = now.plus(d);
        clock.setInstant(now);
    }

    @Test
    void fiveWrongPasswordsMakeThatAddressWaitButNotTheUserElsewhere() {
        String attacker = "203.0.113." + (System.nanoTime() % 200);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(name, "wrong", attacker)).isInstanceOf(BadCredentialsException.class);
        }
        // the attacker's address waits, even with the right password
        assertThatThrownBy(() -> signIn(name, PASSWORD, attacker)).isInstanceOf(LockedException.class);
        // the user at their own address is not kept out
        assertThat(signIn(name, PASSWORD, "198.51.100.7").isAuthenticated()).isTrue();
    }

    @Test
    void attemptsWhileWaitingAreNotCountedSoWaitingIsAlwaysEnough() {
        String address = "192.0.2." + (System.nanoTime() % 200);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(name, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(throttle.waitFor(name, address)).contains(Duration.ofSeconds(5));
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> signIn(name, "wrong", address)).isInstanceOf(LockedException.class);
        }
        later(Duration.ofSeconds(6));
        assertThat(signIn(name, PASSWORD, address).isAuthenticated()).isTrue();
        // success clears the pair: the next wrong password is free again
        assertThatThrownBy(() -> signIn(name, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        assertThat(throttle.waitFor(name, address)).isEmpty();
    }

    @Test
    void delaysGrowFromFiveSecondsAndAreCapped() {
        Duration max = Duration.ofMinutes(15);
        assertThat(LoginThrottle.delayAfter(4, 5, max)).isZero();
        assertThat(LoginThrottle.delayAfter(5, 5, max)).isEqualTo(Duration.ofSeconds(5));
        assertThat(LoginThrottle.delayAfter(6, 5, max)).isEqualTo(Duration.ofSeconds(10));
        assertThat(LoginThrottle.delayAfter(9, 5, max)).isEqualTo(Duration.ofSeconds(80));
        assertThat(LoginThrottle.delayAfter(40, 5, max)).isEqualTo(max);
        assertThat(LoginThrottle.delayAfter(Integer.MAX_VALUE, 5, max)).isEqualTo(max);
    }

    @Test
    void madeUpNamesFromOneAddressDoNotKeepRealUsersOut() {
        String office = "10.20." + (System.nanoTime() % 200) + ".1";
        for (int i = 0; i < 30; i++) {
            String madeUp = "nobody" + i + "-" + System.nanoTime();
            assertThatThrownBy(() -> signIn(madeUp, "x", office)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(name, PASSWORD, office).isAuthenticated()).isTrue();
    }

    @Test
    void countsExpireAndTheirRowsAreDeleted() {
        String address = "192.0.2.250";
        String longName = "x".repeat(5000);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(longName, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(rows(address)).isEqualTo(2); // the pair (name cut to 64 characters) and the address
        later(Duration.ofMinutes(16));
        // another failure elsewhere clears what has run out
        assertThatThrownBy(() -> signIn(name, "wrong", "192.0.2.251")).isInstanceOf(BadCredentialsException.class);
        assertThat(rows(address)).isZero();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(longName, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(throttle.waitFor(longName, address)).as("four fresh failures, not eight").isEmpty();
    }

    @Test
    void theWaitHoldsAcrossARestartBecauseItIsInTheDatabase() {
        String address = "192.0.2.99";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(name, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }
        LoginThrottle afterRestart = new LoginThrottle(jdbc, new ReportingClock(clock), 5, Duration.ofMinutes(15), 50, Duration.ofMinutes(1),
                Duration.ofMinutes(15));
        assertThat(afterRestart.waitFor(name, address)).isPresent();
    }

    private long rows(String address) {
        return jdbc.sql("select count(*) from login_throttle where address = ?").param(address).query(Long.class).single();
    }
}
