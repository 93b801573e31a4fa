package vn.reformdesk.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code max-failures} failed logins within the window, for one
 * account or from one address, further attempts are refused (even with the right password) until the
 * lock time has passed. Kept in memory: a restart forgets it, which is acceptable for throttling.
 */
@Service
public class LoginAttemptService {

    private final int maxFailures;
    private final Duration window;
    private final Duration lock;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    LoginAttemptService(@Value("${reformdesk.login.max-failures:5}") int maxFailures,
                        @Value("${reformdesk.login.window:15m}") Duration window,
                        @Value("${reformdesk.login.lock:15m}") Duration lock) {
        this(maxFailures, window, lock, Clock.systemUTC());
    }

    LoginAttemptService(int maxFailures, Duration window, Duration lock, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lock = lock;
        this.clock = clock;
    }

    public static String accountKey(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    public static String addressKey(String address) {
        return "addr:" + address;
    }

    public boolean isLocked(String key) {
        Instant until = lockedUntil.get(key);
        if (until == null) {
            return false;
        }
        if (clock.instant().isBefore(until)) {
            return true;
        }
        lockedUntil.remove(key);
        return false;
    }

    public void recordFailure(String key) {
        Instant now = clock.instant();
        Deque<Instant> list = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (list) {
            list.addLast(now);
            while (!list.isEmpty() && list.peekFirst().isBefore(now.minus(window))) {
                list.removeFirst();
            }
            if (list.size() >= maxFailures) {
                lockedUntil.put(key, now.plus(lock));
                list.clear();
            }
        }
    }

    public void recordSuccess(String key) {
        failures.remove(key);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        recordFailure(accountKey(event.getAuthentication().getName()));
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            recordFailure(addressKey(details.getRemoteAddress()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(accountKey(event.getAuthentication().getName()));
    }
}
