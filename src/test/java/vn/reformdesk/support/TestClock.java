package vn.reformdesk.support;

import vn.reformdesk.base.ReportingClock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The test suite's clock (a bean of the shared test context, see {@link TestClockConfiguration}): the system
 * clock until a test fixes it. A test that fixes the day resets it in a {@code finally} or {@code @AfterEach},
 * because every test of the run shares the context.
 */
public final class TestClock extends Clock {

    private volatile Instant fixed;

    @Override
    public ZoneId getZone() {
        return ReportingClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f == null ? Instant.now() : f;
    }

    /** From now on it is this day, at noon in the province. */
    public void setToday(LocalDate day) {
        fixed = day.atTime(LocalTime.NOON).atZone(ReportingClock.ZONE).toInstant();
    }

    public void setInstant(Instant instant) {
        fixed = instant;
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }
}
