package vn.reformdesk.base;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportNumbersTest {

    @Test
    void countsAreWholeNumbersWithOptionalThousandsGroups() {
        assertThat(ImportNumbers.count("36")).isEqualTo(36L);
        assertThat(ImportNumbers.count(" 1348 ")).isEqualTo(1348L);
        assertThat(ImportNumbers.count("1.348")).isEqualTo(1348L);
        assertThat(ImportNumbers.count("1,348")).isEqualTo(1348L);
        assertThat(ImportNumbers.count("1 348 000")).isEqualTo(1_348_000L);
        assertThat(ImportNumbers.count("1.348.000")).isEqualTo(1_348_000L);
        assertThat(ImportNumbers.count("")).isNull();
        assertThat(ImportNumbers.count((String) null)).isNull();
    }

    @Test
    void aFractionIsNotACount() {
        for (String bad : new String[]{"2.5", "12,5", "1.5", "1.34", "1,348.5", "1.348,000", "12a", "1..348", "-", "1.348,"}) {
            assertThatThrownBy(() -> ImportNumbers.count(bad)).as(bad).isInstanceOf(ImportNumbers.NotANumber.class);
        }
        assertThatThrownBy(() -> ImportNumbers.count(1.5)).isInstanceOf(NumberFormatException.class);
        assertThat(ImportNumbers.count(36.0)).isEqualTo(36L);
        assertThatThrownBy(() -> ImportNumbers.intCount("9999999999")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void decimalsTakeEitherMark() {
        assertThat(ImportNumbers.decimal("8,5")).isEqualByComparingTo(new BigDecimal("8.5"));
        assertThat(ImportNumbers.decimal("8.5")).isEqualByComparingTo(new BigDecimal("8.5"));
        assertThat(ImportNumbers.decimal("1.234,5")).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(ImportNumbers.decimal("1,234.5")).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(ImportNumbers.decimal("-0,25")).isEqualByComparingTo(new BigDecimal("-0.25"));
        assertThat(ImportNumbers.decimal("  ")).isNull();
        for (String bad : new String[]{"8,5,1", "8.5.1", "abc", "1,23.4.5", "1.2,3,4", "%"}) {
            assertThatThrownBy(() -> ImportNumbers.decimal(bad)).as(bad).isInstanceOf(NumberFormatException.class);
        }
    }
}
