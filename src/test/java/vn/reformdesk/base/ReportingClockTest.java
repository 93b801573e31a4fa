package vn.reformdesk.base;

import org.junit.jupiter.api.Test;
import vn.reformdesk.support.TestClock;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingClockTest {

    private final TestClock testClock = new TestClock();
    private final ReportingClock clock = new ReportingClock(testClock);

    @Test
    void a_running_period_is_read_as_of_today_and_a_past_one_at_its_end() {
        testClock.setToday(LocalDate.of(2026, 11, 10));
        assertThat(clock.asOf(Period.month(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(clock.asOf(Period.year(2026))).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(clock.asOf(Period.month(2026, 10))).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(clock.isRunning(Period.month(2026, 11))).isTrue();
        assertThat(clock.isFuture(Period.month(2026, 12))).isTrue();
    }

    @Test
    void the_day_follows_the_province_not_utc() {
        // 17:30 UTC on 30 November is 00:30 on 1 December in Vietnam
        testClock.setInstant(java.time.Instant.parse("2026-11-30T17:30:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(clock.currentMonth()).isEqualTo(java.time.YearMonth.of(2026, 12));
    }

    @Test
    void a_running_year_is_compared_with_the_same_days_a_year_before() {
        testClock.setToday(LocalDate.of(2026, 3, 15));
        ReportingClock.DateSpan span = clock.sameSpanLastYear(Period.year(2026));
        assertThat(span.first()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(span.last()).isEqualTo(LocalDate.of(2025, 3, 15));
        testClock.setToday(LocalDate.of(2025, 5, 15));
        assertThat(clock.sameSpanLastYear(Period.year(2025)).last()).isEqualTo(LocalDate.of(2024, 5, 15));
        testClock.setToday(LocalDate.of(2026, 3, 15));
        ReportingClock.DateSpan closed = clock.sameSpanLastYear(Period.year(2025));
        assertThat(closed.last()).isEqualTo(LocalDate.of(2024, 12, 31));
    }
}
