package vn.reformdesk.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.base.ReportingClock;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing without letting a stranger keep a user out.
 * <ul>
 *   <li>Failures are counted per pair (account as typed, client address). After {@code free-failures}
 *       failures the pair waits before its next attempt: 5 s, then twice as long after each further
 *       failure, at most {@code max-delay}. Attempts made while waiting are refused without checking
 *       the password and are NOT counted, so waiting is always enough. Someone guessing from another
 *       address never slows the user down.</li>
 *   <li>The address alone (account {@code *}) is slowed only after many failures ({@code address-free-failures},
 *       e.g. someone trying made-up names), and at most for {@code address-max-delay}: behind a proxy or NAT
 *       the address is shared.</li>
 *   <li>A pair's count starts again when its last failure is older than the window; such rows are
 *       deleted. The table is in the database (see the decision record of 2026-11-30): it holds across
 *       restarts and servers and takes no memory, whatever names an attacker sends (they are cut to 64
 *       characters).</li>
 * </ul>
 * The client address is the request's remote address. It is taken from a proxy's {@code X-Forwarded-For}
 * only when {@code server.forward-headers-strategy} is set (README).
 */
@Service
public class LoginThrottle {

    /** The account key of the address-wide counter. */
    static final String ANY_ACCOUNT = "*";
    private static final Duration FIRST_DELAY = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final ReportingClock clock;
    private final int freeFailures;
    private final Duration maxDelay;
    private final int addressFreeFailures;
    private final Duration addressMaxDelay;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, ReportingClock clock,
                  @Value("${reformdesk.login.free-failures:5}") int freeFailures,
                  @Value("${reformdesk.login.max-delay:15m}") Duration maxDelay,
                  @Value("${reformdesk.login.address-free-failures:50}") int addressFreeFailures,
                  @Value("${reformdesk.login.address-max-delay:1m}") Duration addressMaxDelay,
                  @Value("${reformdesk.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.maxDelay = maxDelay;
        this.addressFreeFailures = addressFreeFailures;
        this.addressMaxDelay = addressMaxDelay;
        this.window = window;
    }

    /** How long this pair (or this address) must still wait before the next attempt; empty when it may try now. */
    @Transactional(readOnly = true)
    public Optional<Duration> waitFor(String account, String address) {
        Instant now = clock.instant();
        Optional<Instant> until = jdbc.sql("""
                        select max(blocked_until) from login_throttle
                        where address = :address and (account = :account or account = '*')""")
                .param("account", accountKey(account)).param("address", addressKey(address))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
        return until.filter(now::isBefore).map(u -> Duration.between(now, u));
    }

    /** Counts a failed attempt of the pair and of the address, and sets when each may try again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String account, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_throttle where last_failure < :old and blocked_until < :now")
                .param("old", Timestamp.from(now.minus(window))).param("now", Timestamp.from(now)).update();
        count(accountKey(account), addressKey(address), now, freeFailures, maxDelay);
        count(ANY_ACCOUNT, addressKey(address), now, addressFreeFailures, addressMaxDelay);
    }

    /** A successful sign-in clears the pair's count (the address-wide count runs out by itself). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String account, String address) {
        jdbc.sql("delete from login_throttle where account = :account and address = :address")
                .param("account", accountKey(account)).param("address", addressKey(address)).update();
    }

    private void count(String account, String address, Instant now, int free, Duration max) {
        int failures = jdbc.sql("""
                        insert into login_throttle (account, address, failures, last_failure, blocked_until)
                        values (:account, :address, 1, :now, :now)
                        on conflict (account, address) do update set
                            failures = case when login_throttle.last_failure < :old then 1 else login_throttle.failures + 1 end,
                            last_failure = excluded.last_failure
                        returning failures""")
                .param("account", account).param("address", address)
                .param("now", Timestamp.from(now)).param("old", Timestamp.from(now.minus(window)))
                .query(Integer.class).single();
        Duration delay = delayAfter(failures, free, max);
        if (!delay.isZero()) {
            jdbc.sql("update login_throttle set blocked_until = :until where account = :account and address = :address")
                    .param("until", Timestamp.from(now.plus(delay))).param("account", account).param("address", address).update();
        }
    }

    /** No delay for the first {@code free} failures, then 5 s, doubling with each failure, at most {@code max}. */
    static Duration delayAfter(int failures, int free, Duration max) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    static String accountKey(String account) {
        String key = account.strip().toLowerCase(Locale.ROOT);
        return key.length() > 64 ? key.substring(0, 64) : key;
    }

    static String addressKey(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
