package vn.reformdesk.base;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * "Today" for every figure, deadline and cut-off: one clock in the province's time zone. Inject it; never
 * call {@code LocalDate.now()}. Tests move it with the {@code TestClock} of the test sources.
 * <p>
 * The reporting calendar: a period's figures are read <em>as of</em> its last day, or as of today while it
 * runs ({@link #asOf(Period)}); a running period is compared with the same span a year earlier
 * ({@link #sameSpanLastYear(Period)}).
 */
@Component
public class ReportingClock {

    /** The time zone of every Vietnamese province, as a name (for annotations such as {@code @Scheduled(zone = ...)}). */
    public static final String ZONE_NAME = "Asia/Ho_Chi_Minh";
    /** The time zone of every Vietnamese province. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);

    private final Clock clock;

    public ReportingClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZONE));
    }

    public Instant instant() {
        return clock.instant();
    }

    public YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    public int currentYear() {
        return today().getYear();
    }

    /** The day a period's stocks are read: its last day, or today while it runs (never after its end). */
    public LocalDate asOf(Period period) {
        LocalDate today = today();
        return today.isBefore(period.end()) ? today : period.end();
    }

    /** True while today falls inside the period. */
    public boolean isRunning(Period period) {
        return period.contains(today());
    }

    /** True when the period has not started yet. */
    public boolean isFuture(Period period) {
        return today().isBefore(period.start());
    }

    /**
     * The span to compare a period with: the previous period of the same kind ({@link Period#previous()})
     * with, while the period runs, the same number of days from its start. Returns the first and the last day
     * of that span (inclusive).
     */
    public DateSpan sameSpanLastYear(Period period) {
        Period previous = period.previous();
        if (!isRunning(period)) {
            return new DateSpan(previous.start(), previous.end());
        }
        // months and days, not a count of days: 15 May compares with 15 May, also across 29 February
        java.time.Period elapsed = java.time.Period.between(period.start(), today());
        LocalDate end = previous.start().plus(elapsed);
        return new DateSpan(previous.start(), end.isAfter(previous.end()) ? previous.end() : end);
    }

    /** A range of days, both ends inclusive. */
    public record DateSpan(LocalDate first, LocalDate last) {
    }
}
