package vn.reformdesk.dossiers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stocks as of a day, walked with a fixed clock across 30 November → 1 December and 31 December → 1 January,
 * with dossiers due on the boundary days; no restart and no job in between (the clock alone moves).
 */
@DatabaseTest
class DossierAsOfTest {

    static final String H = DossierCsv.HEADER + "," + DossierCsv.WAITING + "\n";

    @Autowired
    TestUnits testUnits;
    @Autowired
    DossierImportService importer;
    @Autowired
    DossierKpiService kpis;
    @Autowired
    vn.reformdesk.units.UnitService unitService;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String row(String id, String unit, String received, String promised, String resolved, String apology, String waiting) {
        return id + "," + unit + ",COMMUNE,P1,LAND,IN_PERSON,NONE," + received + " 08:00," + promised + ","
                + (resolved.isEmpty() ? "," : resolved + " 10:00,RESULT") + ",0," + apology + ",," + waiting + "\n";
    }

    private Figures at(LocalDate today, UnitRef unit, Period period) {
        clock.setToday(today);
        return AsUser.call(AsUser.chair(), () -> {
            Figures f = kpis.recordFigures(unitService.readable(unit), period);
            assertThat(f).as("rollups == raw as of %s for %s", today, period).isEqualTo(kpis.rawFigures(unitService.readable(unit), period));
            return f;
        });
    }

    @Test
    void stocksAreReadAsOfTodayWhileThePeriodRunsAndStayRightAcrossAMonthAndAYearBoundary() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef c = t.commune(0, 0);
        String p = t.province().code() + "-";
        // the records are loaded once all of them have happened (no date after today is accepted); each day is then read back
        clock.setToday(LocalDate.of(2026, 1, 1));
        AsUser.run(AsUser.secretariat(), () -> importer.importUpload((H
                // A: received 10 Nov, due 25 Nov, still open
                + row(p + "A", c.code(), "2025-11-10", "2025-11-25", "", "false", "")
                // B: due 30 Nov, still open: not overdue on 30 Nov (it could still be resolved on time), overdue on 1 Dec
                + row(p + "B", c.code(), "2025-11-20", "2025-11-30", "", "false", "")
                // C: due 1 Dec, resolved late on 3 Dec
                + row(p + "C", c.code(), "2025-11-28", "2025-12-01", "2025-12-03", "true", "")
                // D: due 28 Nov, resolved on 1 Dec: pending and overdue on 30 Nov, gone on 1 Dec
                + row(p + "D", c.code(), "2025-11-05", "2025-11-28", "2025-12-01", "false", "")
                // E: due 10 Nov but waiting for the applicant since 8 Nov: waiting, never overdue
                + row(p + "E", c.code(), "2025-11-01", "2025-11-10", "", "false", "2025-11-08")
                // F: received 20 Dec, due 31 Dec, open: not overdue on 31 Dec, overdue on 1 Jan
                + row(p + "F", c.code(), "2025-12-20", "2025-12-31", "", "false", "")
                // G: due 5 Nov, open, with an apology letter
                + row(p + "G", c.code(), "2025-11-01", "2025-11-05", "", "true", "")).getBytes(StandardCharsets.UTF_8)));

        // 10 November: A is due on 25 November, so it is pending, not overdue (the old month-end reading said overdue)
        Figures nov10 = at(LocalDate.of(2025, 11, 10), c, Period.month(2025, 11));
        assertThat(nov10.pending()).isEqualTo(4);       // A, D, E, G (B, C not yet received)
        assertThat(nov10.overdue()).isEqualTo(1);       // G only; E waits for the applicant
        assertThat(nov10.waiting()).isEqualTo(1);

        Figures nov30 = at(LocalDate.of(2025, 11, 30), c, Period.month(2025, 11));
        assertThat(nov30.received()).isEqualTo(6);
        assertThat(nov30.pending()).isEqualTo(6);       // A, B, C, D, E, G
        assertThat(nov30.overdue()).isEqualTo(3);       // A (25 Nov), D (28 Nov), G; B is due today
        assertThat(nov30.overdueApology()).isEqualTo(1); // G
        assertThat(nov30.due()).isEqualTo(5);           // A, B, D, E, G due in November
        assertThat(nov30.apologyCoveragePct()).isEqualTo(33.3); // G of A, D, G (late or overdue)

        // 1 December, no restart: the new month starts with the open dossiers
        Figures dec1 = at(LocalDate.of(2025, 12, 1), c, Period.month(2025, 12));
        assertThat(dec1.carriedIn()).isEqualTo(6);
        assertThat(dec1.received()).isZero();
        assertThat(dec1.pending()).isEqualTo(5);        // D resolved on 1 Dec
        assertThat(dec1.overdue()).isEqualTo(3);        // A, B (due 30 Nov), G; C is due today
        assertThat(dec1.late()).isEqualTo(1);           // D
        // November, now closed, reads at its last day
        assertThat(at(LocalDate.of(2025, 12, 1), c, Period.month(2025, 11))).isEqualTo(nov30);
        // the running year reads as of today too
        Figures year = at(LocalDate.of(2025, 12, 1), c, Period.year(2025));
        assertThat(year.pending()).isEqualTo(5);
        assertThat(year.received()).isEqualTo(6);

        Figures dec31 = at(LocalDate.of(2025, 12, 31), c, Period.month(2025, 12));
        assertThat(dec31.received()).isEqualTo(1);      // F
        assertThat(dec31.pending()).isEqualTo(5);       // A, B, E, F, G (C resolved 3 Dec)
        assertThat(dec31.overdue()).isEqualTo(3);       // A, B, G; F is due today; E waits
        assertThat(dec31.late()).isEqualTo(2);          // C, D

        // 1 January: a new year, still no restart
        Figures jan1 = at(LocalDate.of(2026, 1, 1), c, Period.month(2026, 1));
        assertThat(jan1.carriedIn()).isEqualTo(5);
        assertThat(jan1.pending()).isEqualTo(5);
        assertThat(jan1.overdue()).isEqualTo(4);        // F now overdue too
        Figures y2026 = at(LocalDate.of(2026, 1, 1), c, Period.year(2026));
        assertThat(y2026.overdue()).isEqualTo(4);
        assertThat(y2026.received()).isZero();
        Figures y2025 = at(LocalDate.of(2026, 1, 1), c, Period.year(2025));
        assertThat(y2025.received()).isEqualTo(7);
        assertThat(y2025.pending()).isEqualTo(5);
        assertThat(y2025.overdue()).isEqualTo(3);
    }

    @Test
    void aRunningYearIsComparedWithTheSameSpanOfTheYearBeforeAndAnEmptyPreviousSpanIsNoData() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef c = t.commune(0, 0);
        String p = t.province().code() + "-";
        AsUser.run(AsUser.secretariat(), () -> importer.importUpload((H
                + row(p + "1", c.code(), "2025-03-01", "2025-03-10", "2025-03-05", "false", "")
                + row(p + "2", c.code(), "2025-08-01", "2025-08-10", "2025-08-05", "false", "")   // after 15 May 2025
                + row(p + "3", c.code(), "2026-02-01", "2026-02-10", "2026-02-05", "false", "")).getBytes(StandardCharsets.UTF_8)));
        clock.setToday(LocalDate.of(2026, 5, 15));
        DossierKpiService.Summary s = AsUser.call(AsUser.chair(), () -> kpis.summary(unitService.readable(c), Period.year(2026)));
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(s.previousFirst()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(s.previousLast()).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(s.current().received()).isEqualTo(1);
        assertThat(s.previous().received()).isEqualTo(1);   // not 2: August 2025 lies after the same day a year before
        DossierKpiService.Summary y2025 = AsUser.call(AsUser.chair(), () -> kpis.summary(unitService.readable(c), Period.year(2025)));
        assertThat(y2025.previous().isEmpty()).isTrue();    // 2024 has no data at all: "no data", not "+2"
        assertThat(y2025.current().received()).isEqualTo(2);
    }

    @Test
    void theOverdueRuleInJavaAgreesWithTheBoundaryCases() {
        LocalDate nov30 = LocalDate.of(2025, 11, 30);
        var received = LocalDate.of(2025, 11, 1).atTime(8, 0);
        assertThat(DossierKpi.overdueAt(nov30, received, null, nov30, 0)).isFalse();                       // due today
        assertThat(DossierKpi.overdueAt(nov30.plusDays(1), received, null, nov30, 0)).isTrue();            // the day after
        assertThat(DossierKpi.overdueAt(nov30, received, null, LocalDate.of(2025, 11, 20), 0, LocalDate.of(2025, 11, 25))).isFalse();
        assertThat(DossierKpi.waitingAt(nov30, received, null, LocalDate.of(2025, 11, 25))).isTrue();
        assertThat(DossierKpi.dueIn(LocalDate.of(2025, 11, 1), nov30, nov30, 0, "RESULT")).isTrue();
        assertThat(DossierKpi.dueIn(LocalDate.of(2025, 11, 1), nov30, nov30, 0, "WITHDRAWN")).isFalse();
        assertThat(List.of(DossierKpi.Event.values())).hasSize(16);
    }
}
