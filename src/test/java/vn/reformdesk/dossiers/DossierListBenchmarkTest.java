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
import vn.reformdesk.support.BenchmarkReport;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province's overdue dossier list at scale (tag {@code benchmark}): opening it (its count and its ids in the
 * order of days late, as the list opens) with the first page, then later pages of the open list, a re-sort, and
 * for comparison a page read by offset in the database (how lists above the kept size page); p50/p95 of each,
 * and the plan PostgreSQL chose. Same generated
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

    private final BenchmarkReport report = new BenchmarkReport();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theProvincesOverdueListCountsAndPagesQuickly() throws Exception {
        long rows = Long.getLong("dossiers.benchmark.rows", 20_000);
        int iterations = rows >= 1_000_000 ? 30 : 5;
        TestUnits.Tree tree = testUnits.province(10, 15, 17);
        List<DossierGenerator.Desk> desks = GeneratedDesks.of(tree);
        Path file = Path.of("target", "dossier-list-benchmark-" + rows + ".csv").toAbsolutePath();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DossierGenerator.write(w, desks, rows, 2019, 2024, 42);
        }
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(AsUser.call(AsUser.secretariat(), () -> importer.importStream(in)).rows()).isEqualTo(rows);
        }
        report.line("Loaded %,d dossiers for %d desks in %.1f s", rows, desks.size(), BenchmarkReport.secondsSince(t0));
        jdbc.execute("analyze dossier");

        // the last day of the generated data, while the year still runs: the list of today's overdue dossiers
        clock.setToday(LocalDate.of(2024, 12, 31));
        Query overdue = new Query(tree.province(), Period.year(2024), DossierListKind.OVERDUE, Filter.NONE);
        AsUser.run(AsUser.chair(), () -> {
            long count = lists.count(overdue);
            report.line("Province overdue dossiers as of %s: %,d", lists.asOf(overdue.period()), count);
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

            report.line("%-52s %10s %10s", "query (" + iterations + " runs)", "p50 ms", "p95 ms");
            report("open + first page (days late, desc)", iterations, () -> lists.open(overdue, Sort.DAYS_LATE, false).page(0, PAGE));
            DossierListPages open = lists.open(overdue, Sort.DAYS_LATE, false);
            report.line("The list keeps its ids when opened: %s (%,d rows, at most %,d kept)", open.kept(), open.count(),
                    DossierListService.SNAPSHOT_LIMIT);
            assertThat(open.page(0, PAGE)).isEqualTo(first);
            assertThat(open.page((int) lastOffset, PAGE)).isEqualTo(last);
            long middle = count / 2 / PAGE * PAGE;
            report("page at offset " + middle + " (list open)", iterations, () -> open.page((int) middle, PAGE));
            report("last page, offset " + lastOffset + " (list open)", iterations, () -> open.page((int) lastOffset, PAGE));
            report("re-sort: open by id + first page", iterations, () -> lists.open(overdue, Sort.ID, true).page(0, PAGE));
            report("count only", iterations, () -> lists.count(overdue));
            report("page at offset " + middle + " by offset in the database", iterations,
                    () -> lists.page(overdue, Sort.DAYS_LATE, false, (int) middle, PAGE));
        });
        String plan = String.join("\n", jdbc.queryForList("explain select count(*) from dossier d where "
                + DossierListKind.OVERDUE.sql().replace(":a", "date '2024-12-31'").replace(":s", "timestamp '2024-01-01'"), String.class));
        report.line("Plan of the overdue rule over the whole table:%n%s", plan);
        // the records are partitioned by year: each partition has its own copy of the partial index on open dossiers
        List<String> openIndexes = jdbc.queryForList("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                + " where i.inhparent = 'dossier_open_unit'::regclass", String.class);
        assertThat(openIndexes).isNotEmpty();
        assertThat(openIndexes).as("the plan reads open dossiers through their partial index").anyMatch(plan::contains);
        report.writeTo(Path.of("target", "dossier-list-benchmark.txt"));
        if (rows >= 1_000_000) {
            Files.deleteIfExists(file);
        }
    }

    private void report(String name, int iterations, Supplier<Object> work) {
        BenchmarkReport.Timing t = BenchmarkReport.time(work, iterations, 2);
        report.line("%-52s %10.2f %10.2f", name, t.p50(), t.p95());
    }

}
