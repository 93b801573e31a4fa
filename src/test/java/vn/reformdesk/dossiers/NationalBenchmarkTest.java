package vn.reformdesk.dossiers;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.reformdesk.base.Period;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.BenchmarkReport;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.ConversionImportService;
import vn.reformdesk.units.SyntheticCountry;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole country (tag {@code benchmark}): a ministry's installation, the two-level tree of 1 July 2025 (34
 * provinces, 3,321 communes, wards and special zones) built by the conversion import, and the dossiers of several
 * years generated as a stream into a file: those received before 1 July 2025 at the old units (provinces,
 * districts, communes), those received since at the new ones. The file is loaded the application's way and by
 * psql's {@code \copy} in the same run; the dashboard's queries are timed for the country, a province and a
 * commune next to the raw GROUP BY, and the disk used is reported per 10 million dossiers.
 * <p>
 * {@code ./mvnw -B verify -Pbenchmark -Dtest=NationalBenchmarkTest -Dnational.benchmark.rows=100000000}, with
 * {@code -Dnational.conversion=FILE} for the statistics office's published table (else a table of its size and
 * shape, {@link SyntheticCountry}). Without a size it runs 200,000 dossiers and checks the figures only. See
 * docs/decisions/2026-12-01-national-benchmark.md.
 */
@DatabaseTest
@Tag("benchmark")
@TestPropertySource(properties = "reformdesk.installation=ministry")
class NationalBenchmarkTest {

    private static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
    private static final YearMonth FIRST = YearMonth.of(2019, 1);
    private static final YearMonth LAST_OLD = YearMonth.of(2025, 6);
    private static final YearMonth LAST = YearMonth.of(2026, 11);

    @Autowired
    ConversionImportService conversion;
    @Autowired
    DossierImportService importer;
    @Autowired
    DossierKpiService kpis;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    DataSource dataSource;

    private final BenchmarkReport report = new BenchmarkReport();

    @Test
    void theWholeCountryLoadsAndItsDashboardAnswersAtEveryLevel() throws Exception {
        long rows = Long.getLong("national.benchmark.rows", 200_000);
        boolean atScale = rows >= 1_000_000;
        String published = System.getProperty("national.conversion");
        byte[] table = published != null ? Files.readAllBytes(Path.of(published)) : SyntheticCountry.generate().bytes();

        long t0 = System.nanoTime();
        var tree = AsUser.call(AsUser.admin(), () -> conversion.importTable(table, null));
        report.line("Tree: %s: %d new provinces, %d new units, %,d rows, %d old units added, %d notices, in %.1f s",
                published != null ? "the published conversion table " + Path.of(published).getFileName() : "a synthetic table of the published one's shape",
                tree.newProvinces(), tree.newUnits(), tree.rows(), tree.oldUnitsAdded(), tree.noticeCount(), BenchmarkReport.secondsSince(t0));
        UnitRef country = AsUser.call(AsUser.chair(), () -> units.startUnit(Period.year(2026)).orElseThrow());
        assertThat(country.tier()).isEqualTo(UnitTier.NATION);

        // the desks: before 1 July 2025 the old provinces, districts and communes; since, the new provinces and communes
        List<DossierGenerator.Desk> oldDesks = desks("valid_to = ? and (valid_from is null or valid_from <= '" + FIRST.atDay(1) + "')",
                REORGANISED.minusDays(1), country);
        List<DossierGenerator.Desk> newDesks = desks("valid_from = ?", REORGANISED, country);
        long monthsOld = FIRST.until(LAST_OLD, java.time.temporal.ChronoUnit.MONTHS) + 1;
        long monthsNew = LAST_OLD.plusMonths(1).until(LAST, java.time.temporal.ChronoUnit.MONTHS) + 1;
        long rowsOld = rows * monthsOld / (monthsOld + monthsNew);
        Path file = Path.of("target", "national-benchmark-" + rows + ".csv").toAbsolutePath();
        t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DossierGenerator.write(w, oldDesks, rowsOld, FIRST, LAST_OLD, 1, true);
            DossierGenerator.write(w, newDesks, rows - rowsOld, LAST_OLD.plusMonths(1), LAST, 2, false);
        }
        report.line("Generated %,d dossiers (%,d at %,d old desks %s–%s, %,d at %,d new desks %s–%s) in %.1f s (%,d MB)", rows, rowsOld,
                oldDesks.size(), FIRST, LAST_OLD, rows - rowsOld, newDesks.size(), LAST_OLD.plusMonths(1), LAST,
                BenchmarkReport.secondsSince(t0), Files.size(file) >> 20);

        PsqlCopy.Result copy = PsqlCopy.of(file, dataSource, jdbc);
        report.line("%s", copy.line());
        long t1 = System.nanoTime();
        DossierImportService.Result result;
        try (InputStream in = Files.newInputStream(file)) {
            result = AsUser.call(AsUser.secretariat(), () -> importer.importStream(in));
        }
        double loadSecs = BenchmarkReport.secondsSince(t1);
        assertThat(result.rows()).isEqualTo(rows);
        report.line("ReformDesk load (check + COPY + keys or merge + rollups): %,d rows in %.1f s = %,.0f rows/s; %.2f× the time of \\copy",
                result.rows(), loadSecs, result.rows() / loadSecs, loadSecs / copy.seconds());
        if (atScale) {
            // what the ministry loads day after day: a day of the whole country's 100 million dossiers a year, into the
            // installation just loaded (the rollups it adds to are the country's)
            long daily = 100_000_000L / 365;
            Path day = Path.of("target", "national-benchmark-day.csv").toAbsolutePath();
            try (BufferedWriter w = Files.newBufferedWriter(day, StandardCharsets.UTF_8)) {
                DossierGenerator.write(w, newDesks, daily, LAST, LAST, 3, true);
            }
            PsqlCopy.Result dayCopy = PsqlCopy.of(day, dataSource, jdbc);
            long t2 = System.nanoTime();
            DossierImportService.Result dayResult;
            try (InputStream in = Files.newInputStream(day)) {
                dayResult = AsUser.call(AsUser.secretariat(), () -> importer.importStream(in));
            }
            double daySecs = BenchmarkReport.secondsSince(t2);
            report.line("A day's file after it (%,d dossiers received in %s): loaded in %.1f s, psql \\copy of it %.1f s: %.2f×", dayResult.rows(),
                    LAST, daySecs, dayCopy.seconds(), daySecs / dayCopy.seconds());
            Files.deleteIfExists(day);
        }
        jdbc.execute("analyze dossier");
        // the records are partitioned by year: their partitions, and the keys that keep the ids unique across them
        long dossierBytes = jdbc.queryForObject("select coalesce(sum(pg_total_relation_size(relid)), 0) from pg_partition_tree('dossier')",
                Long.class) + jdbc.queryForObject("select pg_total_relation_size('dossier_key')", Long.class);
        long rollupBytes = jdbc.queryForObject("select sum(pg_total_relation_size(c.oid)) from pg_class c where c.relkind = 'r'"
                + " and c.relname in ('dossier_rollup', 'dossier_rollup_day', 'dossier_rollup_month', 'dossier_unit_month')", Long.class);
        long stored = jdbc.queryForObject("select count(*) from dossier", Long.class);
        report.line("Disk: dossier records with their indexes and keys %,d MB, rollups %,d MB, for %,d stored dossiers: %,.0f MB per 10 million dossiers",
                dossierBytes >> 20, rollupBytes >> 20, stored, (dossierBytes + rollupBytes) / 1048576.0 * 10_000_000 / stored);

        Period before = Period.year(2024);
        Period since = Period.year(2026);
        AsUser.run(AsUser.chair(), () -> {
            UnitRef province = biggest(units.children(country.id(), since), since);
            UnitRef commune = biggest(units.children(province.id(), since), since);
            UnitRef oldProvince = biggest(units.children(country.id(), before), before);
            Map<String, Object[]> scopes = new LinkedHashMap<>();
            scopes.put("country", new Object[]{country, before});
            scopes.put("country ", new Object[]{country, since});
            scopes.put("province", new Object[]{oldProvince, before});
            scopes.put("province ", new Object[]{province, since});
            scopes.put("commune", new Object[]{commune, since});
            // the rollups say what the records say, for the country and an old province (a new unit's stocks also
            // hold the dossiers its predecessors left open, which its own records do not: see StockShares)
            for (Object[] s : List.of(scopes.get("country "), scopes.get("province"))) {
                UnitRef scope = (UnitRef) s[0];
                Period period = (Period) s[1];
                assertThat(kpis.recordFigures(units.readable(scope), period)).as("rollup == raw for %s %s", scope.code(), period.code())
                        .isEqualTo(kpis.rawFigures(units.readable(scope), period));
            }
            int iterations = atScale ? 30 : 5;
            report.line("%-9s %-6s %-28s %-22s %9s %9s %11s %11s %8s", "scope", "period", "unit", "query", "p50 ms", "p95 ms",
                    "raw p50 ms", "raw p95 ms", "speed-up");
            List<String> missed = new ArrayList<>();
            for (var entry : scopes.entrySet()) {
                UnitRef scope = (UnitRef) entry.getValue()[0];
                Period period = (Period) entry.getValue()[1];
                boolean whole = scope.tier() == UnitTier.NATION;
                DashboardQueries queries = DashboardQueries.of(kpis, units, named, scope, period);
                Map<String, Supplier<Object>> dashboard = queries.dashboard();
                Map<String, Supplier<Object>> raw = queries.raw();
                double target = whole ? 200 : 50;
                for (String name : dashboard.keySet()) {
                    BenchmarkReport.Timing fast = BenchmarkReport.time(dashboard.get(name), iterations, 3);
                    // the raw GROUP BY reads every record of the scope: once at the country's size
                    BenchmarkReport.Timing slow = BenchmarkReport.time(raw.get(name), atScale && (whole || rows >= 50_000_000) ? 1 : 2, atScale ? 0 : 1);
                    report.line("%-9s %-6s %-28s %-22s %9.2f %9.2f %11.1f %11.1f %7.0fx", entry.getKey().trim(), period.code(),
                            abbreviate(scope.name()), name, fast.p50(), fast.p95(), slow.p50(), slow.p95(), slow.p50() / Math.max(fast.p95(), 0.001));
                    if (fast.p95() >= target) {
                        missed.add(entry.getKey().trim() + " " + period.code() + " " + name + " p95 " + Math.round(fast.p95()) + " ms (target " + (int) target + ")");
                    }
                }
            }
            report.line("Targets (p95 under 50 ms for a province or a commune, under 200 ms for the country): %s",
                    missed.isEmpty() ? "all met" : "missed: " + String.join("; ", missed));
        });
        report.writeTo(Path.of("target", "national-benchmark.txt"));
        jdbc.execute("drop table if exists bench_copy");
        if (atScale) {
            Files.deleteIfExists(file);
        }
    }

    /** The desks below the country whose validity matches (provinces, districts and commune-level units). */
    private List<DossierGenerator.Desk> desks(String validity, LocalDate day, UnitRef country) {
        return jdbc.query("select code, tier from unit where path like ? and tier in ('PROVINCE', 'DISTRICT', 'COMMUNE') and "
                        + validity + " order by path",
                (rs, i) -> new DossierGenerator.Desk(rs.getString("code"), UnitTier.valueOf(rs.getString("tier"))), country.path() + "%", day);
    }

    private UnitRef biggest(List<UnitRef> candidates, Period period) {
        return candidates.stream().max(Comparator.comparingLong(u -> kpis.recordFigures(units.readable(u), period).received())).orElseThrow();
    }

    private static String abbreviate(String name) {
        return name.length() <= 28 ? name : name.substring(0, 27) + "…";
    }
}
