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
import vn.reformdesk.units.UnitService;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reported totals as the statistics form has them: flows add up across reports, stocks come from the last
 * report inside the period, quarterly reporters appear in half-year and year views, unknown is not zero; and
 * the demo's published seeds read back exactly (Châu Thành 2019-9M desk / communes / total, Hà Giang 2019).
 */
@DatabaseTest
class DossierReportedTotalsTest {

    @Autowired
    TestUnits testUnits;
    @Autowired
    ReportedTotalService totals;
    @Autowired
    DossierKpiService kpis;
    @Autowired
    UnitService units;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Figures figures(UnitRef u, Period p) {
        return AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(u), p).current());
    }

    @Test
    void aQuarterAndAYearBuiltFromMonthlyAndQuarterlyReportsAddFlowsAndTakeStocksFromTheLastReport() {
        TestUnits.Tree t = testUnits.province(1, 3, 0);
        String a = t.commune(0, 0).code();
        String b = t.commune(0, 1).code();
        String c = t.commune(0, 2).code();
        // columns: unit,period,received,online,early,on_time,late,withdrawn,pending,overdue,note,carried_over,due
        String csv = ReportedTotalService.HEADER_FULL + "\n"
                + a + ",2024-M01,100,40,60,30,5,1,20,4,,16,90\n"
                + a + ",2024-M02,50,20,30,15,2,0,23,6,,20,45\n"
                + a + ",2024-M03,70,30,40,20,3,0,30,7,,23,60\n"
                + a + ",2024-Q2,300,120,200,60,10,0,60,9,,30,250\n"
                + a + ",2024-Q3,250,100,150,80,12,3,65,11,,60,230\n"
                // b reports the quarter AND its months: the quarter is taken, the months are not added again
                + b + ",2024-Q1,90,,50,30,4,,10,2,,4,\n"
                + b + ",2024-M01,30,,15,10,1,,8,1,,4,\n"
                + b + ",2024-M02,30,,20,10,1,,7,1,,8,\n"
                + b + ",2024-M03,30,,15,10,2,,10,2,,7,\n"
                // c reports the first quarter without late or overdue
                + c + ",2024-Q1,40,10,25,10,,,5,,,,\n";
        assertThat(AsUser.call(AsUser.secretariat(), () -> totals.importCsv(csv.getBytes(StandardCharsets.UTF_8)))).isEqualTo(10);

        Figures qa = figures(t.commune(0, 0), Period.quarter(2024, 1));
        assertThat(qa.received()).isEqualTo(220);       // flows: 100 + 50 + 70
        assertThat(qa.early()).isEqualTo(130);
        assertThat(qa.late()).isEqualTo(10);
        assertThat(qa.pending()).isEqualTo(30);         // stock: March's, not 20 + 23 + 30
        assertThat(qa.overdue()).isEqualTo(7);          // stock: March's, not 4 + 6 + 7
        assertThat(qa.carriedIn()).isEqualTo(16);       // from January
        assertThat(qa.due()).isEqualTo(195);
        assertThat(qa.unexplained()).isZero();          // 16 + 220 = 130 + 65 + 10 + 1 + 30

        Figures qb = figures(t.commune(0, 1), Period.quarter(2024, 1));
        assertThat(qb.received()).isEqualTo(90);
        assertThat(qb.pending()).isEqualTo(10);

        // a half-year and the year from months and quarters; the running year reads as of today
        Figures ha = figures(t.commune(0, 0), Period.half(2024, 1));
        assertThat(ha.received()).isEqualTo(520);
        assertThat(ha.pending()).isEqualTo(60);         // Q2's
        assertThat(ha.overdue()).isEqualTo(9);
        clock.setToday(LocalDate.of(2024, 11, 20));
        Figures ya = figures(t.commune(0, 0), Period.year(2024));
        assertThat(ya.received()).isEqualTo(770);
        assertThat(ya.pending()).isEqualTo(65);         // Q3's, the last report inside the year so far
        assertThat(ya.overdue()).isEqualTo(11);
        assertThat(ya.carriedIn()).isEqualTo(16);
        clock.reset();

        // the district: three reporting units; online and late unknown for some: shares over those that reported them
        Figures q = figures(t.district(0), Period.quarter(2024, 1));
        assertThat(q.reportedUnits()).isEqualTo(3);
        assertThat(q.received()).isEqualTo(350);
        assertThat(q.coverage().missingOnline()).isEqualTo(1);      // b
        assertThat(q.onlinePct()).isEqualTo(38.5);                  // (90 + 10) / (220 + 40), b left out
        assertThat(q.coverage().missingLate()).isEqualTo(1);        // c
        assertThat(q.latePct()).isEqualTo(Math.round(14 * 1000.0 / (130 + 65 + 10 + 50 + 30 + 4)) / 10.0);
        assertThat(q.value(DossierKpi.Target.OVERDUE)).isNull();    // c did not report overdue: unknown, not 9
        assertThat(q.coverage().missingDue()).isEqualTo(2);         // b and c
        assertThat(q.earlyOfDuePct()).isEqualTo(66.67);             // a only: 130 / 195
    }

    @Test
    void chauThanhsPublishedNineMonthsReadBackAsPublishedForTheDeskTheCommunesAndTheTotal() {
        AsUser.run(AsUser.chair(), () -> {
            UnitRef chauThanh = units.findByCode("892", Period.nineMonths(2019)).orElseThrow();
            DossierKpiService.Summary s = kpis.summary(units.readable(chauThanh), Period.nineMonths(2019));
            assertThat(s.desk()).isNotNull();
            Figures desk = s.desk().current();
            assertThat(desk.received()).isEqualTo(11_056);
            assertThat(desk.early()).isEqualTo(6_863);
            assertThat(desk.onTime()).isEqualTo(3_556);
            assertThat(desk.pending()).isEqualTo(316);
            assertThat(desk.onlinePct()).isNull();                  // not reported: not 0.1% in red
            Figures below = s.below().current();
            assertThat(below.received()).isEqualTo(45_543);
            assertThat(below.early()).isEqualTo(36_613);
            assertThat(below.onTime()).isEqualTo(8_769);
            assertThat(below.pending()).isEqualTo(161);
            assertThat(below.late()).isZero();
            assertThat(s.current().received()).isEqualTo(11_056 + 45_543);
            assertThat(s.current().unexplained()).isEqualTo(321);
            assertThat(s.previous().isEmpty()).isTrue();            // nothing in 9 months of 2018: "no data"
        });
    }

    @Test
    void theHaGiangLikeProvinceShowsSharesOfTheDossiersDueInThePeriod() {
        AsUser.run(AsUser.chair(), () -> {
            UnitRef haGiang = units.findByCode("02", Period.year(2019)).orElseThrow();
            Figures f = kpis.summary(units.readable(haGiang), Period.year(2019)).current();
            assertThat(f.received()).isEqualTo(94_954);
            assertThat(f.receivedOnline()).isEqualTo(510);
            assertThat(f.due()).isEqualTo(87_561);
            assertThat(f.earlyOfDuePct()).isEqualTo(73.2);
            assertThat(f.onTimeOfDuePct()).isEqualTo(15.87);
            assertThat(f.value(DossierKpi.Target.OVERDUE)).isNull();  // no pending or overdue reported
        });
    }
}
