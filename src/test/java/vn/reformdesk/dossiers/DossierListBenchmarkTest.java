package vn.reformdesk.dossiers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.DossierListService.Filter;
import vn.reformdesk.dossiers.DossierListService.Query;
import vn.reformdesk.dossiers.DossierListService.Row;
import vn.reformdesk.dossiers.DossierListService.Sort;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province's overdue dossier list at scale (tag {@code benchmark}): the count and the first page (sorted by
 * days late, as the list opens), then later pages; p50/p95 of each, and the plan PostgreSQL chose. Same generated
 * data as {@link DossierBenchmarkTest}:
 * {@code ./mvnw -B verify -Pbenchmark -Dtest=DossierListBenchmarkTest -Ddossiers.benchmark.rows=1000000};
 * the report is also written to {@code target/dossier-list-benchmark.txt}.
 */
@DatabaseTest
@Tag("benchmark")
class DossierListBenchmarkTest {

    private static final int PAGE = 50;

    @Autowired
    TestUnits testUnits;
    @Autowired
    DossierImportService importer;
    @Autowired
    DossierListService lists;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private final StringBuilder report = new StringBuilder();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theProvincesOverdueListCountsAndPagesQuickly() throws Exception {
        long rows = Long.getLong("dossiers.benchmark.rows", 20_000);
        int iterations = rows >= 1_000_000 ? 30 : 5;
        TestUnits.Tree tree = testUnits.province(10, 15, 17);
        List<DossierGenerator.Desk> desks = new ArrayList<>();
        desks.add(new DossierGenerator.Desk(tree.province().code(), tree.province().tier()));
        tree.districts().forEach(d -> desks.add(new DossierGenerator.Desk(d.code(), d.tier())));
        tree.communes().forEach(l -> l.forEach(c -> desks.add(new DossierGenerator.Desk(c.code(), c.tier()))));
        tree.departments().forEach(s -> desks.add(new DossierGenerator.Desk(s.code(), s.tier())));
        Path file = Path.of("target", "dossier-list-benchmark-" + rows + ".csv").toAbsolutePath();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DossierGenerator.write(w, desks, rows, 2019, 2024, 42);
        }
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(AsUser.call(AsUser.secretariat(), () -> importer.importStream(in)).rows()).isEqualTo(rows);
        }
        line("Loaded %,d dossiers for %d desks in %.1f s", rows, desks.size(), (System.nanoTime() - t0) / 1e9);
        jdbc.execute("analyze dossier");

        // the last day of the generated data, while the year still runs: the list of today's overdue dossiers
        clock.setToday(LocalDate.of(2024, 12, 31));
        Query overdue = new Query(tree.province(), Period.year(2024), DossierListKind.OVERDUE, Filter.NONE);
        AsUser.run(AsUser.chair(), () -> {
            long count = lists.count(overdue);
            line("Province overdue dossiers as of %s: %,d", lists.asOf(overdue.period()), count);
            assertThat(count).isGreaterThan(0);
            List<Row> first = lists.page(overdue, Sort.DAYS_LATE, false, 0, PAGE);
            assertThat(first).hasSize((int) Math.min(PAGE, count));
            assertThat(first).isSortedAccordingTo((a, b) -> Integer.compare(b.daysLate(), a.daysLate()));
            long lastOffset = Math.max(0, (count - 1) / PAGE * PAGE);
            List<Row> last = lists.page(overdue, Sort.DAYS_LATE, false, (int) lastOffset, PAGE);
            Set<String> ids = new HashSet<>(first.stream().map(Row::id).toList());
            if (lastOffset > 0) {
                assertThat(last).noneMatch(r -> ids.contains(r.id()));
            }
            assertThat(lastOffset + last.size()).isEqualTo(count);

            line("%-44s %10s %10s", "query (" + iterations + " runs)", "p50 ms", "p95 ms");
            report("count + first page (days late, desc)", iterations, () -> {
                lists.count(overdue);
                return lists.page(overdue, Sort.DAYS_LATE, false, 0, PAGE);
            });
            report("count only", iterations, () -> lists.count(overdue));
            long middle = count / 2 / PAGE * PAGE;
            report("page at offset " + middle, iterations, () -> lists.page(overdue, Sort.DAYS_LATE, false, (int) middle, PAGE));
            report("last page (offset " + lastOffset + ")", iterations, () -> lists.page(overdue, Sort.DAYS_LATE, false, (int) lastOffset, PAGE));
            report("first page by id", iterations, () -> lists.page(overdue, Sort.ID, true, 0, PAGE));
        });
        String plan = String.join("\n", jdbc.queryForList("explain select count(*) from dossier d where "
                + DossierListKind.OVERDUE.sql().replace(":a", "date '2024-12-31'").replace(":s", "timestamp '2024-01-01'"), String.class));
        line("Plan of the overdue rule over the whole table:%n%s", plan);
        assertThat(plan).contains("dossier_open_unit");
        Files.writeString(Path.of("target", "dossier-list-benchmark.txt"), report);
        if (rows >= 1_000_000) {
            Files.deleteIfExists(file);
        }
    }

    private void report(String name, int iterations, Supplier<Object> work) {
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        line("%-44s %10.2f %10.2f", name, ms[(int) Math.floor((iterations - 1) * 0.5)], ms[(int) Math.ceil((iterations - 1) * 0.95)]);
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println("[benchmark] " + s);
        report.append(s).append('\n');
    }
}
