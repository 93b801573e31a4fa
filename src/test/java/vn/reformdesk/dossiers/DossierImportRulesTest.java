package vn.reformdesk.dossiers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.RowError;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitIndicator;
import vn.reformdesk.units.UnitRef;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad input is refused with its line and nothing written; scope and roles; reported totals without double counting. */
@DatabaseTest
class DossierImportRulesTest {

    static final String H = DossierCsv.HEADER + "\n";

    @Autowired
    TestUnits testUnits;
    @Autowired
    DossierImportService importer;
    @Autowired
    DossierKpiService kpis;
    @Autowired
    ReportedTotalService totals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    DossierRollups rollups;
    @Autowired
    List<UnitIndicator> indicators;
    @Autowired
    vn.reformdesk.units.UnitService units;
    @Autowired
    vn.reformdesk.support.TestClock clock;
    @Autowired
    vn.reformdesk.base.ReportingClock reportingClock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    static String row(String id, String unit, String desk, String received, String promised, String resolved, String outcome) {
        return id + "," + unit + "," + desk + ",P1,LAND,IN_PERSON,LEVEL_2," + received + "," + promised + "," + resolved + "," + outcome + ",0,false,\n";
    }

    /** The errors of a file the import refuses (as the secretariat); fails when it is accepted. */
    static List<RowError> rejected(DossierImportService importer, byte[] file) {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> AsUser.run(AsUser.secretariat(), () -> importer.importUpload(file)));
        assertThat(e).as("the file is rejected").isNotNull();
        return e.errors();
    }

    /** How many stored dossiers have an id starting with the prefix. */
    static long stored(JdbcTemplate jdbc, String prefix) {
        return jdbc.queryForObject("select count(*) from dossier where id like ?", Long.class, prefix + "%");
    }

    @Test
    void wrongColumnsUnknownUnitsImpossibleDatesAndDuplicatesAreRefusedWithTheirLinesAndNothingIsWritten() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        String p = t.province().code() + "-";
        String c = t.commune(0, 0).code();
        String good = row(p + "1", c, "COMMUNE", "2024-03-01 08:00", "2024-03-10", "2024-03-08 10:00", "RESULT");

        assertThat(rejected(importer, ("dossier_id,unit,received\n" + good).getBytes(StandardCharsets.UTF_8)))
                .singleElement().satisfies(e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.message()).contains("expected the columns");
                });

        List<RowError> errors = rejected(importer, (H + good
                + row(p + "2", "NO-SUCH-UNIT", "COMMUNE", "2024-03-01 08:00", "2024-03-10", "", "")
                + row(p + "3", c, "COMMUNE", "2024-03-05 08:00", "2024-03-10", "2024-03-04 10:00", "RESULT")
                + row(p + "4", c, "DISTRICT", "2024-03-05 08:00", "2024-03-10", "", "")
                + row(p + "5", c, "COMMUNE", "2024-02-30 08:00", "2024-03-10", "", "")
                + row(p + "6", c, "COMMUNE", "2024-03-05 08:00", "2024-03-10", "2024-03-06 10:00", "")
                + "too,few,values\n").getBytes(StandardCharsets.UTF_8));
        assertThat(errors).extracting(RowError::line, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "unit_code"),
                org.assertj.core.groups.Tuple.tuple(4, "resolved_at"),
                org.assertj.core.groups.Tuple.tuple(5, "desk_level"),
                org.assertj.core.groups.Tuple.tuple(6, "received_at"),
                org.assertj.core.groups.Tuple.tuple(7, "outcome"),
                org.assertj.core.groups.Tuple.tuple(8, ""));
        assertThat(errors.get(1).message()).contains("resolved before it was received");

        List<RowError> dup = rejected(importer, (H + good + row(p + "7", c, "COMMUNE", "2024-03-01 08:00", "2024-03-10", "", "") + good)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(dup).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.message()).contains(p + "1").contains("line 2");
        });
        assertThat(stored(jdbc, p)).isZero();
        assertThat(AsUser.call(AsUser.chair(), () -> kpis.recordFigures(units.readable(t.province()), Period.year(2024)))).isEqualTo(Figures.EMPTY);
    }

    @Test
    void datesAfterTodayAreRefusedWithTheirLineAndField() {
        clock.setToday(java.time.LocalDate.of(2024, 6, 15));
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        String p = t.province().code() + "-";
        String c = t.commune(0, 0).code();
        String good = row(p + "1", c, "COMMUNE", "2024-06-15 08:00", "2024-06-30", "", "");
        List<RowError> errors = rejected(importer, (H + good
                + row(p + "2", c, "COMMUNE", "2099-03-01 08:00", "2099-03-10", "", "")
                + row(p + "3", c, "COMMUNE", "2024-06-16 08:00", "2024-06-20", "", "")
                + row(p + "4", c, "COMMUNE", "2024-06-01 08:00", "2024-06-10", "2024-06-17 10:00", "RESULT")
                + row(p + "5", c, "COMMUNE", "2024-06-01 08:00", "2099-06-10", "", "")
                + p + "6," + c + ",COMMUNE,P1,LAND,IN_PERSON,LEVEL_2,2024-06-01 08:00,2024-06-10,2024-06-12 08:00,RESULT,0,true,2024-07-01\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(errors).extracting(RowError::line, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "received_at"),
                org.assertj.core.groups.Tuple.tuple(3, "promised_date"),
                org.assertj.core.groups.Tuple.tuple(4, "received_at"),
                org.assertj.core.groups.Tuple.tuple(5, "resolved_at"),
                org.assertj.core.groups.Tuple.tuple(6, "promised_date"),
                org.assertj.core.groups.Tuple.tuple(7, "apology_date"));
        assertThat(errors.getFirst().message()).contains("2099-03-01 08:00").contains("2024-06-15");
        assertThat(stored(jdbc, p)).isZero();
        // the same file is accepted once those days have come (a promise may lie ahead until next year's end)
        clock.setToday(java.time.LocalDate.of(2024, 7, 1));
        List<RowError> later = rejected(importer, (H + good + row(p + "2", c, "COMMUNE", "2099-03-01 08:00", "2099-03-10", "", "")
                + row(p + "3", c, "COMMUNE", "2024-06-16 08:00", "2025-12-31", "", "")).getBytes(StandardCharsets.UTF_8));
        assertThat(later).extracting(RowError::line).containsExactly(3, 3);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedOnTheLineWithTheBadBytes() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        String p = t.province().code() + "-";
        byte[] head = (H + row(p + "1", t.commune(0, 0).code(), "COMMUNE", "2024-03-01 08:00", "2024-03-10", "", "")).getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = ("x" + p + "2,Xã Hòa,COMMUNE\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[head.length + latin1.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(latin1, 0, file, head.length, latin1.length);
        assertThat(rejected(importer, file)).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("UTF-8");
        });
        assertThat(stored(jdbc, p)).isZero();
    }

    @Test
    void anUploadOverTheLimitIsRefusedBeforeAnythingIsReadAndATorrentOfErrorsIsCut() {
        DossierImportService small = new DossierImportService(jdbc, dataSource, rollups, reportingClock, new DossierYears(jdbc), 1);
        byte[] big = new byte[2 * 1024 * 1024];
        assertThatThrownBy(() -> small.importUpload(big)).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("more than the 1 MB").hasMessageContaining("--import-dossiers");

        StringBuilder bad = new StringBuilder(H);
        for (int i = 0; i < 1000; i++) {
            bad.append(row("E" + i, "NO-SUCH-UNIT", "COMMUNE", "2024-03-01 08:00", "2024-03-10", "", ""));
        }
        List<RowError> errors = rejected(importer, bad.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(errors).hasSize(201);
        assertThat(errors.getLast().message()).contains("stopped checking");
    }

    @Test
    void aLeaderReadsOnlyTheirSubtreeAndCannotLoadDossiers() {
        TestUnits.Tree t = testUnits.province(2, 1, 1);
        String p = t.province().code() + "-";
        AsUser.run(AsUser.secretariat(), () -> importer.importUpload((H
                + row(p + "1", t.commune(0, 0).code(), "COMMUNE", "2024-03-01 08:00", "2024-03-10", "2024-03-12 10:00", "RESULT")
                + row(p + "2", t.commune(1, 0).code(), "COMMUNE", "2024-03-01 08:00", "2024-03-10", "2024-03-08 10:00", "RESULT"))
                .getBytes(StandardCharsets.UTF_8)));
        Period y = Period.year(2024);
        AsUser.run(AsUser.leaderOf(t.district(0)), () -> {
            assertThat(kpis.summary(units.readable(t.district(0)), y).current().late()).isEqualTo(1);
            assertThat(kpis.children(units.readable(t.district(0)), y)).extracting(r -> r.unit().id()).containsExactly(t.commune(0, 0).id());
            assertThatThrownBy(() -> kpis.summary(units.readable(t.province()), y)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> kpis.recordFigures(units.readable(t.district(1)), y)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> kpis.byField(units.readable(t.commune(1, 0)), y)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> kpis.children(units.readable(t.province()), y)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> kpis.figuresOf(List.of(t.district(0), t.district(1)), y)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> importer.importUpload(H.getBytes(StandardCharsets.UTF_8))).isInstanceOf(AccessDeniedException.class);
        });
        UnitIndicator late = indicators.stream().filter(i -> i.id().equals("dossiers.late-rate")).findFirst().orElseThrow();
        assertThat(late.higherIsWorse()).isTrue();
        Map<Long, Double> values = AsUser.call(AsUser.chair(), () -> late.values(List.of(t.district(0), t.district(1), t.departments().getFirst()), y));
        assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of(t.district(0).id(), 100.0, t.district(1).id(), 0.0));
    }

    @Test
    void theChauThanhSeedTotalsGiveTheRightPercentagesAndShowTheUnexplainedGap() {
        TestUnits.Tree t = testUnits.province(1, 2, 0);
        UnitRef district = t.district(0);
        Period nine = Period.nineMonths(2019);
        AsUser.run(AsUser.secretariat(), () -> totals.save(new ReportedTotalService.Entry(null, district.code(), nine, 11_056, null,
                6_863, 3_556, null, null, 316, null, "seed", 0)));
        DossierKpiService.Summary s = AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(district), nine));
        Figures f = s.current();
        assertThat(f.received()).isEqualTo(11_056);
        assertThat(f.resolved()).isEqualTo(10_419);
        // the report gives no late figure: resolved is unknown, so shares of resolved are unknown (not 65.9% / 100%)
        assertThat(f.earlyPct()).isNull();
        assertThat(f.onTimePct()).isNull();
        assertThat(f.earlyOrOnTimePct()).isNull();
        assertThat(f.onlinePct()).isNull();                  // online not reported: unknown, not 0%
        assertThat(f.earlyOfReceivedPct()).isEqualTo(62.1);  // 6,863 / 11,056 received
        assertThat(f.onTimeOfReceivedPct()).isEqualTo(32.2);
        assertThat(f.pending()).isEqualTo(316);
        assertThat(f.unexplained()).isEqualTo(321);
        assertThat(s.reportedUsed()).extracting(DossierKpiService.Reported::unitCode).containsExactly(district.code());
        // the province above adds them up; the whole year contains the nine months' report (flows from it), the first
        // half-year does not (the report is not inside it)
        assertThat(AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(t.province()), nine).current().unexplained())).isEqualTo(321);
        assertThat(AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(district), Period.year(2019)).current().received())).isEqualTo(11_056);
        assertThat(AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(district), Period.half(2019, 1)).current())).isEqualTo(Figures.EMPTY);

        // once the district desk sends records for the period, its reported totals are set aside: no double count
        String p = t.province().code() + "-";
        AsUser.run(AsUser.secretariat(), () -> importer.importUpload((H
                + row(p + "1", district.code(), "DISTRICT", "2019-05-02 08:00", "2019-05-10", "2019-05-08 10:00", "RESULT")
                + row(p + "2", t.commune(0, 1).code(), "COMMUNE", "2019-05-02 08:00", "2019-05-10", "2019-05-12 10:00", "RESULT"))
                .getBytes(StandardCharsets.UTF_8)));
        DossierKpiService.Summary after = AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(district), nine));
        assertThat(after.current().received()).isEqualTo(2);
        assertThat(after.current().unexplained()).isZero();
        assertThat(after.reportedSuperseded()).extracting(DossierKpiService.Reported::unitCode).containsExactly(district.code());
    }

    @Test
    void reportedTotalsAreSummedFromMonthsAndASecondSaveOnAStaleVersionIsRefused() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef commune = t.commune(0, 0);
        String csv = ReportedTotalService.HEADER + "\n"
                + commune.code() + ",2024-M01,100,40,60,30,5,1,4,1,\n"
                + commune.code() + ",2024-M02,50,20,30,15,2,0,3,0,Tết\n";
        assertThat(AsUser.call(AsUser.secretariat(), () -> totals.importCsv(csv.getBytes(StandardCharsets.UTF_8)))).isEqualTo(2);
        Figures q1 = AsUser.call(AsUser.chair(), () -> kpis.summary(units.readable(commune), Period.quarter(2024, 1)).current());
        assertThat(q1.received()).isEqualTo(150);
        assertThat(q1.late()).isEqualTo(7);
        assertThat(q1.onlinePct()).isEqualTo(40.0);
        // issue 9: pending is a stock, taken from February (3), not 4 + 3; February's form does not account for
        // January's 4 pending carried in, which now shows as unexplained
        assertThat(q1.pending()).isEqualTo(3);
        assertThat(q1.unexplained()).isEqualTo(4);

        ImportRejectedException bad = catchThrowableOfType(ImportRejectedException.class, () -> AsUser.run(AsUser.secretariat(),
                () -> totals.importCsv((ReportedTotalService.HEADER + "\nNOPE,2024-M03,1,0,0,0,0,0,0,0,\n" + commune.code()
                        + ",2024-M13,1,0,0,0,0,0,0,0,\n").getBytes(StandardCharsets.UTF_8))));
        assertThat(bad.errors()).extracting(RowError::line).containsExactly(2, 3);

        ReportedTotalService.Entry jan = AsUser.call(AsUser.chair(), () -> totals.find(units.readable(commune), Period.month(2024, 1)).orElseThrow());
        ReportedTotalService.Entry edited = new ReportedTotalService.Entry(jan.id(), jan.unitCode(), jan.period(), 101, jan.receivedOnline(),
                jan.early(), jan.onTime(), jan.late(), jan.withdrawn(), jan.pending(), jan.overdue(), jan.note(), jan.version());
        AsUser.run(AsUser.secretariat(), () -> totals.save(edited));
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> totals.save(edited)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(t.province()), () -> totals.importCsv(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReportedCountWithADecimalMarkIsAnErrorNamingItsLineAndColumnWhileGroupedThousandsRead() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef commune = t.commune(0, 0);
        // issue 15: "12,5" dossiers used to be read as 125
        ImportRejectedException bad = catchThrowableOfType(ImportRejectedException.class, () -> AsUser.run(AsUser.secretariat(),
                () -> totals.importCsv((ReportedTotalService.HEADER + "\n" + commune.code() + ",2024-M04,\"12,5\",0,10,2,0,0,0,0,\n")
                        .getBytes(StandardCharsets.UTF_8))));
        assertThat(bad.errors()).hasSize(1);
        RowError e = bad.errors().getFirst();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("received");
        assertThat(e.key()).isEqualTo("dossiers.import.error.whole-number");
        assertThat(e.message(vn.reformdesk.base.AppLocales.VIETNAMESE)).contains("12,5").contains("không phải số nguyên");
        assertThat(e.message()).contains("'12,5' is not a whole number");

        String grouped = ReportedTotalService.HEADER + "\n" + commune.code() + ",2024-M05,\"1.348\",0,\"1 300\",48,0,0,0,0,\n";
        assertThat(AsUser.call(AsUser.secretariat(), () -> totals.importCsv(grouped.getBytes(StandardCharsets.UTF_8)))).isEqualTo(1);
        ReportedTotalService.Entry may = AsUser.call(AsUser.chair(), () -> totals.find(units.readable(commune), Period.month(2024, 5)).orElseThrow());
        assertThat(may.received()).isEqualTo(1348);
        assertThat(may.early()).isEqualTo(1300);
    }

    @Test
    void aRefusedTotalNamesTheFieldItIsAbout() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef commune = t.commune(0, 0);
        ReportedTotalService.Entry wrong = new ReportedTotalService.Entry(null, commune.code(), Period.month(2024, 6), 10, 11L,
                5, 5, null, null, 4L, 6L, null, 0);
        UserFacingException e = catchThrowableOfType(UserFacingException.class, () -> AsUser.run(AsUser.secretariat(), () -> totals.save(wrong)));
        assertThat(e.field()).isEqualTo("received_online");
        assertThat(e.key()).isEqualTo("dossiers.totals.error.online-above-received");
        assertThat(e.message(vn.reformdesk.base.AppLocales.VIETNAMESE)).doesNotContain("received");
    }

    @Test
    void theDemoShowsChauThanhsNineMonths2019WithTheSeedsGap() {
        AsUser.run(AsUser.chair(), () -> {
            UnitRef chauThanh = units.findByCode("892", Period.nineMonths(2019)).orElseThrow();
            DossierKpiService.Summary s = kpis.summary(units.readable(chauThanh), Period.nineMonths(2019));
            assertThat(s.reportedUsed()).extracting(DossierKpiService.Reported::unitCode).containsExactly("892");
            assertThat(s.current().unexplained()).isEqualTo(321);
            assertThat(s.current().received()).isGreaterThan(11_056);   // its communes send records
        });
    }
}
