package vn.reformdesk.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class LoginThrottlingTest {

    @Autowired
    AuthenticationConfiguration authConfig;
    @Autowired
    UserService users;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        String name = "throttle" + System.nanoTime();
        AsUser.run(AsUser.admin(), () -> users.create(name, "correct-horse", "Throttle", Roles.CHAIR, null));
        AuthenticationManager manager = authConfig.getAuthenticationManager();

        Authentication ok = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "correct-horse"));
        assertThat(ok.isAuthenticated()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "correct-horse")))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void theLockEndsAfterTheLockTime() {
        MutableClock clock = new MutableClock();
        LoginAttemptService attempts = new LoginAttemptService(3, Duration.ofMinutes(15), Duration.ofMinutes(10), clock);
        String key = LoginAttemptService.addressKey("10.0.0.7");
        attempts.recordFailure(key);
        attempts.recordFailure(key);
        assertThat(attempts.isLocked(key)).isFalse();
        attempts.recordFailure(key);
        assertThat(attempts.isLocked(key)).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(attempts.isLocked(key)).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(attempts.isLocked(key)).isFalse();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        MutableClock clock = new MutableClock();
        LoginAttemptService attempts = new LoginAttemptService(3, Duration.ofMinutes(15), Duration.ofMinutes(10), clock);
        String key = LoginAttemptService.accountKey("slow");
        attempts.recordFailure(key);
        attempts.recordFailure(key);
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        attempts.recordFailure(key);
        assertThat(attempts.isLocked(key)).isFalse();
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
