package vn.reformdesk.units;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the whole country's conversion table takes: a generated table of 10,607 lines with the published traps
 * ({@link SyntheticCountry}), imported into the demo database (which knows none of its old units, so the first
 * import also creates about 11,000 of them) and imported again (nothing changes). Each run is rolled back.
 * {@code ./mvnw -B verify -Pbenchmark -Dtest=ConversionImportBenchmarkTest}; the figures are printed and written
 * to {@code target/conversion-benchmark.txt}. The untimed correctness check of the same table is in
 * {@link ConversionImportServiceTest}.
 */
@DatabaseTest
@Tag("benchmark")
class ConversionImportBenchmarkTest {

    private static final int RUNS = 3;

    @Autowired
    ConversionImportService conversion;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theWholeCountryImportsInSeconds() throws java.io.IOException {
        SyntheticCountry country = SyntheticCountry.generate();
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                status.setRollbackOnly();
                AsUser.run(AsUser.admin(), () -> {
                    long t0 = System.nanoTime();
                    var a = conversion.importTable(country.bytes(), null);
                    first.add((System.nanoTime() - t0) / 1_000_000);
                    assertThat(a.newUnits()).isEqualTo(3_321);
                    long t1 = System.nanoTime();
                    var b = conversion.importTable(country.bytes(), null);
                    second.add((System.nanoTime() - t1) / 1_000_000);
                    assertThat(b.changes()).isZero();
                });
            });
        }
        String report = String.format("Whole-country conversion table (%d lines, %d rows): first import %s ms, second import %s ms%n",
                country.lines(), country.rows(), first, second);
        System.out.print(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "conversion-benchmark.txt"), report);
        // "in seconds": the median first import stays well under the half minute it once took
        assertThat(first.stream().sorted().toList().get(RUNS / 2)).isLessThan(15_000);
    }
}
