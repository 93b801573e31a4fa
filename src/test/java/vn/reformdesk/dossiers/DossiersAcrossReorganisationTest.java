package vn.reformdesk.dossiers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformdesk.units.LineageLink;
import vn.reformdesk.units.UnitLineageService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's reorganisation of 1 July 2025 (through the conversion-table import) seen from the dossiers. */
@DatabaseTest
class DossiersAcrossReorganisationTest {

    @Autowired
    DossierImportService importer;
    @Autowired
    DossierKpiService kpis;
    @Autowired
    UnitService units;
    @Autowired
    UnitLineageService lineage;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    vn.reformdesk.units.GsoImportService gso;
    @Autowired
    vn.reformdesk.units.ConversionImportService conversion;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDossierPendingInACommuneMergedInPartCountsInOneSuccessorOnly() throws java.io.IOException {
        java.nio.file.Path gsoDir = java.nio.file.Path.of(System.getProperty("shared.dir", "../shared"), "data", "gso");
        java.nio.file.Path list = gsoDir.resolve("Xa_2025-01-04.csv");
        java.nio.file.Path table = gsoDir.resolve("BangChuyenDoi_2025-07-01_AnGiang.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(list) && java.nio.file.Files.exists(table),
                "shared GSO files not present: " + gsoDir);
        byte[] listBytes = java.nio.file.Files.readAllBytes(list);
        byte[] tableBytes = java.nio.file.Files.readAllBytes(table);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            AsUser.run(AsUser.admin(), () -> {
                gso.importCsv(listBytes);
                conversion.importTable(tableBytes, null);
            });
            LocalDate july1 = LocalDate.of(2025, 7, 1);
            // Xã Phước Hưng (30358) went in part into An Phú (30337), Nhơn Hội (30346) and Phú Hữu (30352)
            List<UnitRef> successors = AsUser.call(AsUser.chair(), () -> List.of(units.resolve("30337", july1).orElseThrow(),
                    units.resolve("30346", july1).orElseThrow(), units.resolve("30352", july1).orElseThrow()));
            Period july = Period.month(2025, 7);
            clock.setToday(LocalDate.of(2025, 7, 2));
            List<Long> before = AsUser.call(AsUser.chair(), () -> successors.stream().map(u -> kpis.summary(units.readable(u), july).current().pending()).toList());
            String id = "REORG-PART-" + System.nanoTime();
            AsUser.run(AsUser.secretariat(), () -> importer.importUpload((DossierImportRulesTest.H
                    + DossierImportRulesTest.row(id, "30358", "COMMUNE", "2025-06-20 09:00", "2025-06-27", "", ""))
                    .getBytes(StandardCharsets.UTF_8)));
            List<Long> after = AsUser.call(AsUser.chair(), () -> successors.stream().map(u -> kpis.summary(units.readable(u), july).current().pending()).toList());
            // none kept the code 30358: the lowest code, An Phú, takes it; the other two do not count it again
            assertThat(after.get(0)).isEqualTo(before.get(0) + 1);
            assertThat(after.get(1)).isEqualTo(before.get(1));
            assertThat(after.get(2)).isEqualTo(before.get(2));
            // before the change the old unit's history reaches each of them (approximate), as before
            clock.setToday(LocalDate.of(2025, 6, 30));
            Period june = Period.month(2025, 6);
            assertThat(AsUser.call(AsUser.chair(), () -> lineage.figureScope(successors.get(1)).approximate())).isTrue();
            assertThat(AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(units.resolve("30358", LocalDate.of(2025, 6, 30)).orElseThrow()), june)
                    .current().pending())).isPositive();
        });
    }

    @Test
    void aDossierPendingOn30JuneInAnAbolishedCommuneShowsUnderItsSuccessorFromTheChangeDate() {
        // rolled back: an overdue pending dossier would change the demo's figures that other tests read
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            UnitRef oldTown = AsUser.call(AsUser.chair(), () -> units.resolve("30589", LocalDate.of(2025, 6, 30)).orElseThrow());
            UnitRef newCommune = AsUser.call(AsUser.chair(), () -> units.resolve("30589", LocalDate.of(2025, 7, 1)).orElseThrow());
            UnitRef other = AsUser.call(AsUser.chair(), () -> units.resolve("30292", LocalDate.of(2025, 7, 1)).orElseThrow());
            Period june = Period.month(2025, 6);
            Period july = Period.month(2025, 7);
            Period y2025 = Period.year(2025);

            clock.setToday(LocalDate.of(2025, 6, 30));
            Figures oldJuneBefore = AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(oldTown), june).current());
            clock.setToday(LocalDate.of(2025, 7, 2));
            Figures newJulyBefore = AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(newCommune), july).current());
            Figures otherJulyBefore = AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(other), july).current());

            String id = "REORG-PENDING-" + System.nanoTime();
            AsUser.run(AsUser.secretariat(), () -> importer.importUpload((DossierImportRulesTest.H
                    + DossierImportRulesTest.row(id, "30589", "COMMUNE", "2025-06-20 09:00", "2025-06-27", "", ""))
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(jdbc.queryForObject("select unit_id from dossier where id = ?", Long.class, id)).isEqualTo(oldTown.id());

            // before the change: the old town's stock, as of 30 June, has it
            clock.setToday(LocalDate.of(2025, 6, 30));
            Figures oldJune = AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(oldTown), june).current());
            assertThat(oldJune.pending()).isEqualTo(oldJuneBefore.pending() + 1);
            assertThat(oldJune.overdue()).isEqualTo(oldJuneBefore.overdue() + 1);

            // after the change: the successor's pending and overdue stocks have it; another new commune's do not
            clock.setToday(LocalDate.of(2025, 7, 2));
            Figures newJuly = AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(newCommune), july).current());
            assertThat(newJuly.pending()).isEqualTo(newJulyBefore.pending() + 1);
            assertThat(newJuly.overdue()).isEqualTo(newJulyBefore.overdue() + 1);
            assertThat(newJuly.carriedIn()).isEqualTo(newJulyBefore.carriedIn() + 1);
            assertThat(newJuly.received()).isEqualTo(newJulyBefore.received());
            assertThat(AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(other), july).current().pending())).isEqualTo(otherJulyBefore.pending());
            assertThat(AsUser.call(AsUser.chair(), () -> kpis.recordFigures(units.readable(newCommune), y2025).pending()))
                    .isEqualTo(AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(newCommune), y2025).current().pending()));
            // the old town's figures for the days before the change stay as they were
            assertThat(AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(oldTown), june).current())).isEqualTo(oldJune);
        });
    }

    @Test
    void aDossierFor30589ReceivedOn30JuneLandsOnTheOldTownAndOneReceivedOn1JulyOnTheNewCommune() {
        String p = "REORG-" + System.nanoTime() + "-";
        AsUser.run(AsUser.secretariat(), () -> importer.importUpload((DossierImportRulesTest.H
                + DossierImportRulesTest.row(p + "1", "30589", "COMMUNE", "2025-06-30 16:00", "2025-07-10", "2025-07-03 10:00", "RESULT")
                + DossierImportRulesTest.row(p + "2", "30589", "COMMUNE", "2025-07-01 08:00", "2025-07-10", "2025-07-03 10:00", "RESULT"))
                .getBytes(StandardCharsets.UTF_8)));
        String sql = "select u.name from dossier d join unit u on u.id = d.unit_id where d.id = ?";
        assertThat(jdbc.queryForObject(sql, String.class, p + "1")).isEqualTo("Thị trấn An Châu");
        assertThat(jdbc.queryForObject(sql, String.class, p + "2")).isEqualTo("Xã An Châu");
    }

    @Test
    void aNewCommunes2024FiguresAreTheSumOfItsWholeMergePredecessors() {
        AsUser.run(AsUser.chair(), () -> {
            UnitRef anChau = units.resolve("30589", LocalDate.of(2025, 7, 1)).orElseThrow();
            List<LineageLink> predecessors = lineage.predecessors(anChau.id());
            assertThat(predecessors).hasSize(3).allMatch(LineageLink::whole);
            Period y2024 = Period.year(2024);
            Figures sum = predecessors.stream().map(l -> kpis.recordFigures(units.readable(l.unit()), y2024)).reduce(Figures.EMPTY, Figures::plus);
            assertThat(sum.received()).isPositive();
            Figures own = kpis.recordFigures(units.readable(anChau), y2024);
            assertThat(own.received()).isEqualTo(sum.received());
            assertThat(own.early()).isEqualTo(sum.early());
            assertThat(own.late()).isEqualTo(sum.late());
            assertThat(own.pending()).isEqualTo(sum.pending());
            // the year-over-year comparison of 2025 against 2024 reads the same predecessors
            assertThat(kpis.summary(units.readable(anChau), Period.year(2025)).previous().received()).isEqualTo(sum.received());
            // the monthly trend of 2024 too
            long trend = kpis.trend(units.readable(anChau), y2024).stream().mapToLong(s -> s.figures().received()).sum();
            assertThat(trend).isEqualTo(sum.received());
            assertThat(lineage.figureScope(anChau).approximate()).isFalse();
        });
    }

    @Test
    void eachNewCommuneRowOfNewAnGiangShowsTheFiguresOfItsOwnPage() {
        AsUser.run(AsUser.chair(), () -> {
            UnitRef anGiang = units.resolve("91", LocalDate.of(2025, 7, 1)).orElseThrow();
            int withPredecessors = 0;
            for (Period period : List.of(Period.year(2025), Period.year(2024))) {
                List<DossierKpiService.ChildRow> rows = kpis.children(units.readable(anGiang), period);
                if (period.year() == 2025) {
                    assertThat(rows).isNotEmpty();
                }
                for (DossierKpiService.ChildRow row : rows) {
                    if (row.unit().tier() != vn.reformdesk.units.UnitTier.COMMUNE) {
                        continue;
                    }
                    Figures page = kpis.summary(units.readable(row.unit()), period).current();
                    assertThat(row.figures().received()).as(row.unit().code() + " received " + period.code()).isEqualTo(page.received());
                    assertThat(row.figures().late()).as(row.unit().code() + " late").isEqualTo(page.late());
                    assertThat(row.figures().pending()).as(row.unit().code() + " pending").isEqualTo(page.pending());
                    assertThat(row.figures().overdue()).as(row.unit().code() + " overdue").isEqualTo(page.overdue());
                    if (lineage.figureScope(row.unit()).withPredecessors() && page.received() > 0) {
                        withPredecessors++;
                    }
                }
            }
            // the rows really carry predecessors' figures (Xã An Châu's three old communes among them)
            assertThat(withPredecessors).isPositive();
        });
    }

    @Test
    void anOldDistrictsOwnDeskDossierPendingOn30JuneCountsAtItsHeirFrom1July() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            UnitRef district = AsUser.call(AsUser.chair(), () -> units.resolve("892", LocalDate.of(2025, 6, 30)).orElseThrow());
            LocalDate july1 = LocalDate.of(2025, 7, 1);
            List<UnitRef> successors = AsUser.call(AsUser.chair(), () -> lineage.successors(district.id()).stream()
                    .map(LineageLink::unit).toList());
            assertThat(successors).isNotEmpty();
            long deskScope = AsUser.call(AsUser.chair(), () -> units.hasChildren(district.id(), Period.month(2025, 6))) ? -district.id() : district.id();
            UnitRef heir = AsUser.call(AsUser.chair(), () -> successors.stream()
                    .filter(s -> lineage.stockShares(s, july1).stocksOnly().contains(deskScope)).findFirst().orElseThrow());
            Period june = Period.month(2025, 6);
            Period july = Period.month(2025, 7);

            clock.setToday(LocalDate.of(2025, 6, 30));
            long districtBefore = AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(district), june).current().pending());
            clock.setToday(LocalDate.of(2025, 7, 2));
            List<Long> before = AsUser.call(AsUser.chair(), () -> successors.stream().map(u -> kpis.summary(units.readable(u), july).current().pending()).toList());

            String id = "REORG-DESK-" + System.nanoTime();
            AsUser.run(AsUser.secretariat(), () -> importer.importUpload((DossierImportRulesTest.H
                    + DossierImportRulesTest.row(id, "892", "DISTRICT", "2025-06-20 09:00", "2025-06-27", "", ""))
                    .getBytes(StandardCharsets.UTF_8)));

            clock.setToday(LocalDate.of(2025, 6, 30));
            assertThat(AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(district), june).current().pending())).isEqualTo(districtBefore + 1);
            clock.setToday(LocalDate.of(2025, 7, 2));
            List<Long> after = AsUser.call(AsUser.chair(), () -> successors.stream().map(u -> kpis.summary(units.readable(u), july).current().pending()).toList());
            for (int i = 0; i < successors.size(); i++) {
                long expected = before.get(i) + (successors.get(i).id() == heir.id() ? 1 : 0);
                assertThat(after.get(i)).as(successors.get(i).code()).isEqualTo(expected);
            }
        });
    }

    @Test
    void anAbolishedDistrictViewedIn2026ShowsItsStocksAsOfItsLastDayAndNoFlows() {
        clock.setToday(LocalDate.of(2026, 11, 30));
        AsUser.run(AsUser.chair(), () -> {
            UnitRef district = units.resolve("892", LocalDate.of(2025, 6, 30)).orElseThrow();
            assertThat(district.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
            DossierKpiService.Summary y2026 = kpis.summary(units.readable(district), Period.year(2026));
            assertThat(y2026.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(y2026.current().received()).isZero();
            // its stocks are those of its last day, not the events after it (which belong to its heir)
            DossierKpiService.Summary june = kpis.summary(units.readable(district), Period.month(2025, 6));
            assertThat(y2026.current().pending()).isEqualTo(june.current().pending());
            assertThat(y2026.current().overdue()).isEqualTo(june.current().overdue());
            assertThat(kpis.summary(units.readable(district), Period.year(2025)).asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(kpis.recordFigures(units.readable(district), Period.year(2026)).pending()).isEqualTo(june.current().pending());
        });
    }
}
