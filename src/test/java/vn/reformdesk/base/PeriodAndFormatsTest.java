package vn.reformdesk.base;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodAndFormatsTest {

    @Test
    void periodsRoundTripThroughTheirUrlForm() {
        for (Period p : Period.choicesFor(2019)) {
            assertThat(Period.parse(p.code())).contains(p);
        }
        assertThat(Period.parse("2019-13")).isEmpty();
        assertThat(Period.parse("2019-M13")).isEmpty();
        assertThat(Period.parse("abc")).isEmpty();
        assertThat(Period.parse("1700")).isEmpty();
    }

    @Test
    void periodBoundsFollowTheReportingCalendar() {
        assertThat(Period.nineMonths(2019).start()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(Period.nineMonths(2019).end()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(Period.half(2025, 2).start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(Period.quarter(2024, 1).end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Period.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.quarter(2024, 1).previous()).isEqualTo(Period.quarter(2023, 4));
        assertThat(Period.half(2024, 1).previous()).isEqualTo(Period.half(2023, 2));
        assertThat(Period.nineMonths(2019).previous()).isEqualTo(Period.nineMonths(2018));
        assertThat(Period.half(2024, 1).months()).hasSize(6);
    }

    @Test
    void vietnameseNumbersUseDotsForThousandsAndCommaForDecimals() {
        assertThat(Formats.integer(11056, AppLocales.VIETNAMESE)).isEqualTo("11.056");
        assertThat(Formats.decimal(1234.5, 1, AppLocales.VIETNAMESE)).isEqualTo("1.234,5");
        assertThat(Formats.decimal(1234.5, 1, AppLocales.ENGLISH)).isEqualTo("1,234.5");
        assertThat(Formats.percent(80.55, AppLocales.VIETNAMESE)).isEqualTo("80,6%");
        assertThat(Formats.date(LocalDate.of(2019, 1, 25), AppLocales.VIETNAMESE)).isEqualTo("25/01/2019");
    }

    @Test
    void aShareIsRoundedHalfUpToOneDecimalAndUndefinedWithoutATotal() {
        assertThat(Formats.share(29, 36)).isEqualTo(80.6);
        assertThat(Formats.share(6, 10)).isEqualTo(60.0);
        assertThat(Formats.share(1, 0)).isNull();
    }
}
