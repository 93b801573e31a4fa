package vn.reformdesk.dossiers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The KPI definitions on hand-worked dossiers, and the rollups against the raw records after every kind of change. */
@DatabaseTest
class DossierKpiTest {

    static final String H = DossierCsv.HEADER + "\n";

    @Autowired
    TestUnits testUnits;
    @Autowired
    DossierImportService importer;
    @Autowired
    DossierKpiService kpis;
    @Autowired
    vn.reformdesk.units.UnitService unitService;
    @Autowired
    JdbcTemplate jdbc;

    /** Nine dossiers at one commune desk, worked by hand below. */
    static String nine(String commune, String p) {
        return H
                // A: resolved two days before the promised date -> early
                + p + "A," + commune + ",COMMUNE,P1,LAND,IN_PERSON,LEVEL_2,2024-03-01 08:00,2024-03-10,2024-03-08 10:00,RESULT,0,false,\n"
                // B: resolved on the promised date (late in the day) -> on time
                + p + "B," + commune + ",COMMUNE,P1,LAND,IN_PERSON,LEVEL_2,2024-03-01 08:00,2024-03-10,2024-03-10 17:00,RESULT,0,false,\n"
                // C: two days after, no supplement wait -> late, with apology
                + p + "C," + commune + ",COMMUNE,P1,LAND,IN_PERSON,LEVEL_2,2024-03-01 08:00,2024-03-10,2024-03-12 09:00,RESULT,0,true,2024-03-15\n"
                // D: two days after, but two days waiting for supplements -> on time
                + p + "D," + commune + ",COMMUNE,P2,CIVIL_STATUS,IN_PERSON,LEVEL_3,2024-03-01 08:00,2024-03-10,2024-03-12 09:00,REJECTED,2,false,\n"
                // E: five days after, three days of supplements -> still two days late, no apology
                + p + "E," + commune + ",COMMUNE,P2,CIVIL_STATUS,POST,LEVEL_3,2024-03-01 08:00,2024-03-10,2024-03-15 09:00,RESULT,3,false,\n"
                // F: still open, due 5 April -> pending within deadline on 31 March, overdue on 30 April
                + p + "F," + commune + ",COMMUNE,P1,LAND,IN_PERSON,LEVEL_2,2024-03-20 08:00,2024-04-05,,,0,false,\n"
                // G: due 28 March, resolved 2 April -> pending and overdue on 31 March, late in April
                + p + "G," + commune + ",COMMUNE,P1,LAND,IN_PERSON,LEVEL_2,2024-03-25 08:00,2024-03-28,2024-04-02 10:00,RESULT,0,false,\n"
                // H: withdrawn the next day -> counted apart
                + p + "H," + commune + ",COMMUNE,P1,LAND,IN_PERSON,LEVEL_2,2024-03-05 08:00,2024-03-15,2024-03-06 10:00,WITHDRAWN,0,false,\n"
                // I: received online in February, early
                + p + "I," + commune + ",COMMUNE,P3,BUSINESS,ONLINE,LEVEL_4,2024-02-10 08:00,2024-02-20,2024-02-15 10:00,RESULT,0,false,\n";
    }

    private DossierImportService.Result load(String csv) {
        return AsUser.call(AsUser.secretariat(), () -> importer.importUpload(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private void assertRollupsEqualRaw(List<UnitRef> scopes, Period... periods) {
        AsUser.run(AsUser.chair(), () -> {
            for (UnitRef u : scopes) {
                for (Period p : periods) {
                    assertThat(kpis.recordFigures(unitService.readable(u), p)).as("%s %s", u.code(), p).isEqualTo(kpis.rawFigures(unitService.readable(u), p));
                }
            }
        });
    }

    @Test
    void theHandWorkedDossiersGiveTheDefinedFiguresAtEveryLevel() {
        TestUnits.Tree t = testUnits.province(1, 2, 1);
        load(nine(t.commune(0, 0).code(), t.province().code() + "-"));
        Figures q1 = AsUser.call(AsUser.chair(), () -> kpis.recordFigures(unitService.readable(t.commune(0, 0)), Period.quarter(2024, 1)));
        assertThat(q1.received()).isEqualTo(9);
        assertThat(q1.receivedOnline()).isEqualTo(1);
        assertThat(q1.early()).isEqualTo(2);      // A, I
        assertThat(q1.onTime()).isEqualTo(2);     // B, D (supplement days not counted)
        assertThat(q1.late()).isEqualTo(2);       // C, E
        assertThat(q1.lateApology()).isEqualTo(1);
        assertThat(q1.withdrawn()).isEqualTo(1);  // H
        assertThat(q1.pending()).isEqualTo(2);    // F, G on 31 March
        assertThat(q1.overdue()).isEqualTo(1);    // G
        assertThat(q1.carriedIn()).isZero();
        assertThat(q1.resolved()).isEqualTo(6);
        assertThat(q1.earlyPct()).isEqualTo(33.3);
        assertThat(q1.onTimePct()).isEqualTo(33.3);
        assertThat(q1.latePct()).isEqualTo(33.3);
        assertThat(q1.earlyOrOnTimePct()).isEqualTo(66.7);
        assertThat(q1.onlinePct()).isEqualTo(11.1);
        assertThat(q1.lateWithoutApology()).isEqualTo(1);
        // issue 9: overdue pending dossiers need an apology too: C of C, E (late) and G (overdue on 31 March)
        assertThat(q1.apologyCoveragePct()).isEqualTo(33.3);

        Figures april = AsUser.call(AsUser.chair(), () -> kpis.recordFigures(unitService.readable(t.district(0)), Period.month(2024, 4)));
        assertThat(april.received()).isZero();
        assertThat(april.late()).isEqualTo(1);      // G
        assertThat(april.lateWithoutApology()).isEqualTo(1);
        assertThat(april.carriedIn()).isEqualTo(2); // F, G
        assertThat(april.pending()).isEqualTo(1);   // F
        assertThat(april.overdue()).isEqualTo(1);   // F was due 5 April

        Figures province = AsUser.call(AsUser.chair(), () -> kpis.recordFigures(unitService.readable(t.province()), Period.quarter(2024, 1)));
        assertThat(province).isEqualTo(q1);
        assertThat(AsUser.call(AsUser.chair(), () -> kpis.recordFigures(unitService.readable(t.commune(0, 1)), Period.quarter(2024, 1)))).isEqualTo(Figures.EMPTY);
        assertRollupsEqualRaw(List.of(t.province(), t.district(0), t.commune(0, 0), t.commune(0, 1)),
                Period.quarter(2024, 1), Period.month(2024, 3), Period.month(2024, 4), Period.half(2024, 1), Period.year(2024));

        List<DossierKpiService.Slice> fields = AsUser.call(AsUser.chair(), () -> kpis.byField(unitService.readable(t.district(0)), Period.quarter(2024, 1)));
        assertThat(fields).extracting(DossierKpiService.Slice::key).containsExactly("LAND", "CIVIL_STATUS", "BUSINESS");
        assertThat(fields.getFirst().figures().received()).isEqualTo(6);
        assertThat(fields.get(1).figures().late()).isEqualTo(1);
        List<DossierKpiService.Slice> trend = AsUser.call(AsUser.chair(), () -> kpis.trend(unitService.readable(t.province()), Period.quarter(2024, 1)));
        assertThat(trend).extracting(s -> s.figures().received()).containsExactly(0L, 1L, 8L);
    }

    @Test
    void theJavaFormOfTheDefinitionsAgreesWithTheHandWorkedCases() {
        LocalDate promised = LocalDate.of(2024, 3, 10);
        assertThat(DossierKpi.status(LocalDateTime.of(2024, 3, 8, 10, 0), "RESULT", promised, 0)).isEqualTo(DossierKpi.Status.EARLY);
        assertThat(DossierKpi.status(LocalDateTime.of(2024, 3, 10, 17, 0), "RESULT", promised, 0)).isEqualTo(DossierKpi.Status.ON_TIME);
        assertThat(DossierKpi.status(LocalDateTime.of(2024, 3, 12, 9, 0), "RESULT", promised, 0)).isEqualTo(DossierKpi.Status.LATE);
        assertThat(DossierKpi.status(LocalDateTime.of(2024, 3, 12, 9, 0), "REJECTED", promised, 2)).isEqualTo(DossierKpi.Status.ON_TIME);
        assertThat(DossierKpi.status(LocalDateTime.of(2024, 3, 15, 9, 0), "RESULT", promised, 3)).isEqualTo(DossierKpi.Status.LATE);
        assertThat(DossierKpi.status(null, null, promised, 0)).isEqualTo(DossierKpi.Status.PENDING);
        assertThat(DossierKpi.overdueAt(LocalDate.of(2024, 3, 31), LocalDateTime.of(2024, 3, 25, 8, 0), LocalDateTime.of(2024, 4, 2, 10, 0),
                LocalDate.of(2024, 3, 28), 0)).isTrue();
        assertThat(DossierKpi.overdueAt(LocalDate.of(2024, 3, 31), LocalDateTime.of(2024, 3, 20, 8, 0), null, LocalDate.of(2024, 4, 5), 0)).isFalse();
        assertThat(DossierKpi.rate(DossierKpi.Target.LATE, 2.1, 2.0)).isEqualTo(DossierKpi.Rating.AMBER);
        assertThat(DossierKpi.rate(DossierKpi.Target.LATE, 5.0, 2.0)).isEqualTo(DossierKpi.Rating.RED);
        assertThat(DossierKpi.rate(DossierKpi.Target.EARLY_OR_ON_TIME, 96.0, 95.0)).isEqualTo(DossierKpi.Rating.GREEN);
    }

    @Test
    void reSendingAndUpdatingDossiersReplacesTheirStateAndKeepsTheRollupsEqualToTheRawRecords() {
        TestUnits.Tree t = testUnits.province(2, 2, 1);
        String p = t.province().code() + "-";
        String c = t.commune(0, 0).code();
        load(nine(c, p));
        // the same file again: nothing changes, every dossier is a replacement
        DossierImportService.Result again = load(nine(c, p));
        assertThat(again.replaced()).isEqualTo(9);
        Figures q1 = AsUser.call(AsUser.chair(), () -> kpis.recordFigures(unitService.readable(t.province()), Period.quarter(2024, 1)));
        assertThat(q1.received()).isEqualTo(9);
        assertThat(q1.late()).isEqualTo(2);

        // E resolved a day earlier becomes on time; F is resolved in April; C moves to another commune of another district
        String c2 = t.commune(1, 1).code();
        load(H + p + "E," + c + ",COMMUNE,P2,CIVIL_STATUS,POST,LEVEL_3,2024-03-01 08:00,2024-03-10,2024-03-13 09:00,RESULT,3,false,\n"
                + p + "F," + c + ",COMMUNE,P1,LAND,IN_PERSON,LEVEL_2,2024-03-20 08:00,2024-04-05,2024-04-03 08:00,RESULT,0,false,\n"
                + p + "C," + c2 + ",COMMUNE,P1,LAND,ONLINE,FULL_ONLINE,2024-03-01 08:00,2024-03-10,2024-03-12 09:00,RESULT,0,true,2024-03-15\n"
                + p + "J," + c2 + ",COMMUNE,P1,LAND,ONLINE,FULL_ONLINE,2023-12-20 08:00,2024-01-05,,,0,false,\n");
        Figures after = AsUser.call(AsUser.chair(), () -> kpis.recordFigures(unitService.readable(t.district(0)), Period.quarter(2024, 1)));
        assertThat(after.received()).isEqualTo(8);
        assertThat(after.onTime()).isEqualTo(3);
        assertThat(after.late()).isZero();
        assertThat(after.pending()).isEqualTo(2);
        Figures other = AsUser.call(AsUser.chair(), () -> kpis.recordFigures(unitService.readable(t.district(1)), Period.quarter(2024, 1)));
        assertThat(other.received()).isEqualTo(1);
        assertThat(other.late()).isEqualTo(1);
        assertThat(other.carriedIn()).isEqualTo(1);   // J, open since December
        assertThat(other.overdue()).isEqualTo(1);
        assertRollupsEqualRaw(List.of(t.province(), t.district(0), t.district(1), t.commune(0, 0), t.commune(1, 1)),
                Period.quarter(2024, 1), Period.month(2024, 4), Period.year(2024), Period.year(2023), Period.month(2023, 12));
        assertThat(jdbc.queryForObject("select count(*) from dossier where id like ?", Long.class, p + "%")).isEqualTo(10);
    }

    @Test
    void aGeneratedProvinceLoadedInTwoOverlappingBatchesMatchesTheRawComputation() throws Exception {
        TestUnits.Tree t = testUnits.province(3, 3, 2);
        List<DossierGenerator.Desk> desks = new java.util.ArrayList<>();
        desks.add(new DossierGenerator.Desk(t.province().code(), t.province().tier()));
        t.districts().forEach(d -> desks.add(new DossierGenerator.Desk(d.code(), d.tier())));
        t.communes().forEach(l -> l.forEach(x -> desks.add(new DossierGenerator.Desk(x.code(), x.tier()))));
        java.io.StringWriter first = new java.io.StringWriter();
        DossierGenerator.write(first, desks, 3000, 2023, 2024, 7);
        java.io.StringWriter second = new java.io.StringWriter();
        DossierGenerator.write(second, desks, 1500, 2023, 2024, 7); // the same ids: a re-send of the first half
        load(first.toString());
        DossierImportService.Result r = load(second.toString());
        assertThat(r.replaced()).isEqualTo(1500);
        assertRollupsEqualRaw(List.of(t.province(), t.district(1), t.commune(2, 2), t.departments().getFirst()),
                Period.year(2024), Period.half(2023, 2), Period.month(2024, 12), Period.nineMonths(2024));
    }
}
