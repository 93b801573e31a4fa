package vn.reformdesk.units;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.DossierImportService;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.dossiers.DossierKpiService;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionForm;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.InspectionType;
import vn.reformdesk.inspections.ProgressReport;
import vn.reformdesk.plans.DrillDown;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.plans.PlanRef;
import vn.reformdesk.plans.Progress;
import vn.reformdesk.plans.StatusDraft;
import vn.reformdesk.plans.TaskDraft;
import vn.reformdesk.plans.TaskRow;
import vn.reformdesk.plans.TaskStatus;
import vn.reformdesk.rankings.Band;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.rankings.Scale;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A ministry's installation: the whole country as the root, provinces below, the same services, roles and scope. The
 * suite runs in the province installation; these tests switch the running {@link Installation} to a ministry with a
 * country of their own (a unique code) and switch it back after each test.
 */
@DatabaseTest
class MinistryInstallationTest {

    static final Period Y2024 = Period.year(2024);
    static final String DOSSIER_HEADER = "dossier_id,unit_code,desk_level,procedure_code,field,channel,service_level,received_at,"
            + "promised_date,resolved_at,outcome,supplement_days,apology_issued,apology_date\n";

    @Autowired
    Installation installation;
    @Autowired
    NationalRoot nationalRoot;
    @Autowired
    UnitService units;
    @Autowired
    UnitAdminService unitAdmin;
    @Autowired
    SelectionService selections;
    @Autowired
    GsoImportService gso;
    @Autowired
    ConversionImportService conversion;
    @Autowired
    TestUnits testUnits;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    PlanQueries plans;
    @Autowired
    DossierImportService dossierImport;
    @Autowired
    DossierKpiService dossiers;
    @Autowired
    InspectionCommands inspectionCommands;
    @Autowired
    InspectionQueries inspections;
    @Autowired
    RankingService rankings;
    @Autowired
    IndexService indexes;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheProvinceInstallation() {
        installation.reset();
    }

    /** A country of the test's own, below which the provinces the test creates next are put. */
    private UnitRef country() {
        String code = "VN-" + System.nanoTime() % 10_000_000;
        installation.switchTo(Installation.Kind.MINISTRY, code);
        return AsUser.call(AsUser.admin(), () -> unitAdmin.create(new UnitAdminService.NewUnit(code, NationalRoot.NAME, NationalRoot.NAME_EN,
                UnitTier.NATION, NationalRoot.KIND, null, null, null)));
    }

    @Test
    void aProvinceInstallationStartsAtItsHomeProvinceAndHasNoCountry() {
        assertThat(installation.isMinistry()).isFalse();
        assertThat(nationalRoot.find()).isEmpty();
        AsUser.run(AsUser.chair(), () -> {
            assertThat(units.startUnit(Y2024).orElseThrow().code()).isEqualTo("89");
            assertThat(units.roots(Y2024)).extracting(UnitRef::code).contains("89");
        });
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        assertThat(t.province().parentId()).isNull();
        assertThat(t.province().depth()).isZero();
    }

    @Test
    void theChairAndSecretariatStartAtTheCountryAndDrillIntoItsProvinces() {
        UnitRef vn = country();
        TestUnits.Tree a = testUnits.province(2, 2, 1);
        TestUnits.Tree b = testUnits.twoLevelProvince(3);

        assertThat(a.province().parentId()).isEqualTo(vn.id());
        assertThat(a.province().path()).isEqualTo(vn.path() + a.province().id() + "/");
        assertThat(a.province().depth()).isEqualTo(1);
        assertThat(a.commune(1, 1).depth()).isEqualTo(3);
        assertThat(a.commune(1, 1).isWithin(vn)).isTrue();
        assertThat(b.commune(0, 2).isWithin(vn)).isTrue();

        for (var user : List.of(AsUser.chair(), AsUser.secretariat())) {
            AsUser.run(user, () -> {
                assertThat(units.startUnit(Y2024)).contains(vn);
                assertThat(selections.resolve(new Selection(null, Y2024)).unit()).isEqualTo(vn);
                assertThat(units.children(vn.id(), Period.year(2026))).containsExactlyInAnyOrder(a.province(), b.province());
                // 2024: the two-level province's communes start in July 2025, the province itself has no start
                assertThat(units.children(vn.id(), Y2024)).contains(a.province());
                assertThat(units.pathOf(a.commune(0, 1))).extracting(UnitRef::id)
                        .containsExactly(vn.id(), a.province().id(), a.district(0).id(), a.commune(0, 1).id());
                assertThat(units.childCountsByKind(vn.id(), Period.year(2026)))
                        .containsExactly(new UnitService.KindCount(UnitTier.PROVINCE, "TINH", 2));
            });
        }
        // the rankings of the country rank its provinces; a province's indexes stay the province's
        assertThat(rankings.provinceOf(vn)).isEqualTo(vn.id());
        assertThat(rankings.provinceOf(a.province())).isEqualTo(a.province().id());
        assertThat(rankings.provinceOf(a.commune(1, 0))).isEqualTo(a.province().id());
        assertThat(rankings.provinceOf(b.commune(0, 0))).isEqualTo(b.province().id());
    }

    @Test
    void aProvincialLeaderSeesTheirProvinceAndNeitherTheCountryNorAnotherProvince() {
        UnitRef vn = country();
        TestUnits.Tree a = testUnits.province(1, 2, 1);
        TestUnits.Tree b = testUnits.province(1, 2, 1);

        AsUser.run(AsUser.leaderOf(a.province()), () -> {
            assertThat(units.startUnit(Y2024)).contains(a.province());
            assertThat(units.roots(Y2024)).containsExactly(a.province());
            assertThat(units.children(a.province().id(), Y2024)).contains(a.district(0));
            assertThat(units.get(a.commune(0, 1).id())).isEqualTo(a.commune(0, 1));

            assertThatThrownBy(() -> units.get(b.province().id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> units.findByCode(b.commune(0, 0).code(), Y2024)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> units.readable(b.district(0).id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> units.children(vn.id(), Y2024)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> units.readable(vn)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> selections.resolve(new Selection(vn.code(), Y2024))).isInstanceOf(AccessDeniedException.class);
            assertThat(units.search(b.province().code(), Y2024, 10)).isEmpty();
            assertThat(units.search(a.province().code(), Y2024, 10)).isNotEmpty();

            // and the features' services refuse the other province's figures
            assertThatThrownBy(() -> dossiers.recordFigures(units.readable(b.province()), Y2024)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inspections.progress(b.province().id(), Y2024, LocalDate.of(2024, 12, 31)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.drillDown(b.province(), Y2024)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inspections.progress(vn.id(), Y2024, LocalDate.of(2024, 12, 31))).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void theCountrysDossierPlanAndInspectionFiguresAreTheSumsOfItsProvinces() {
        UnitRef vn = country();
        TestUnits.Tree a = testUnits.province(2, 2, 0);
        TestUnits.Tree b = testUnits.province(1, 3, 0);
        TestUnits.Tree c = testUnits.twoLevelProvince(2);

        // dossiers: province a 3 received (1 late, 1 open), b 2 (both on time), c 1 online, received 2025-08
        String csv = DOSSIER_HEADER
                + dossier("A1", a.commune(0, 0), "2024-03-01 08:00", "2024-03-10", "2024-03-08 10:00", "IN_PERSON")
                + dossier("A2", a.commune(1, 1), "2024-04-01 08:00", "2024-04-10", "2024-04-15 10:00", "IN_PERSON")
                + dossier("A3", a.district(1), "2024-11-20 08:00", "2025-03-10", null, "IN_PERSON")
                + dossier("B1", b.commune(0, 2), "2024-05-01 08:00", "2024-05-10", "2024-05-10 10:00", "POST")
                + dossier("B2", b.commune(0, 0), "2024-06-01 08:00", "2024-06-10", "2024-06-02 10:00", "ONLINE")
                + dossier("C1", c.commune(0, 1), "2025-08-01 08:00", "2025-08-10", "2025-08-05 10:00", "ONLINE");
        AsUser.run(AsUser.secretariat(), () -> dossierImport.importUpload(csv.getBytes(StandardCharsets.UTF_8)));

        // plans: a 3 tasks (2 done, 1 overdue at year end), b 2 tasks (0 done, 1 overdue at year end), c none in 2024
        PlanRef planA = plan(a.province(), 2024);
        done(task(planA, a.district(0), LocalDate.of(2024, 6, 30)), LocalDate.of(2024, 6, 20));
        done(task(planA, a.district(1), LocalDate.of(2024, 9, 30)), LocalDate.of(2024, 10, 5));
        task(planA, a.district(1), LocalDate.of(2024, 12, 20));
        PlanRef planB = plan(b.province(), 2024);
        task(planB, b.district(0), LocalDate.of(2024, 11, 30));
        task(planB, b.district(0), LocalDate.of(2024, 12, 31));

        // inspections: a 2 planned (1 done), b 3 planned (2 done), c none
        inspection(a.province(), a.commune(0, 0), 3, LocalDate.of(2024, 3, 12));
        inspection(a.province(), a.commune(1, 0), 9, null);
        inspection(b.province(), b.commune(0, 0), 4, LocalDate.of(2024, 4, 9));
        inspection(b.province(), b.commune(0, 1), 5, LocalDate.of(2024, 5, 14));
        inspection(b.province(), b.commune(0, 2), 10, null);

        LocalDate yearEnd = LocalDate.of(2024, 12, 31);
        AsUser.run(AsUser.chair(), () -> {
            List<UnitRef> provinces = List.of(a.province(), b.province(), c.province());
            for (Period period : List.of(Y2024, Period.quarter(2024, 2), Period.year(2025))) {
                Figures country = dossiers.recordFigures(units.readable(vn), period);
                assertThat(country).as("rollups against raw records %s", period).isEqualTo(dossiers.rawFigures(units.readable(vn), period));
                List<Figures> each = provinces.stream().map(p -> dossiers.recordFigures(units.readable(p), period)).toList();
                assertThat(country.received()).as("received %s", period).isEqualTo(each.stream().mapToLong(Figures::received).sum());
                assertThat(country.receivedOnline()).isEqualTo(each.stream().mapToLong(Figures::receivedOnline).sum());
                assertThat(country.early()).isEqualTo(each.stream().mapToLong(Figures::early).sum());
                assertThat(country.onTime()).isEqualTo(each.stream().mapToLong(Figures::onTime).sum());
                assertThat(country.late()).isEqualTo(each.stream().mapToLong(Figures::late).sum());
                assertThat(country.pending()).isEqualTo(each.stream().mapToLong(Figures::pending).sum());
                assertThat(country.overdue()).isEqualTo(each.stream().mapToLong(Figures::overdue).sum());
            }
            // and against the records as written above
            Figures y2024 = dossiers.recordFigures(units.readable(vn), Y2024);
            assertThat(y2024.received()).isEqualTo(5);
            assertThat(y2024.receivedOnline()).isEqualTo(1);
            assertThat(y2024.early()).isEqualTo(2);   // A1, B2
            assertThat(y2024.onTime()).isEqualTo(1);  // B1
            assertThat(y2024.late()).isEqualTo(1);    // A2
            assertThat(y2024.pending()).isEqualTo(1); // A3
            assertThat(dossiers.recordFigures(units.readable(vn), Period.year(2025)).received()).isEqualTo(1);
            assertThat(dossiers.children(units.readable(vn), Y2024)).extracting(r -> r.unit().id())
                    .contains(a.province().id(), b.province().id());

            // plans: the country's drill-down lists the provinces and sums their plans
            DrillDown drill = plans.drillDown(vn, Y2024);
            assertThat(drill.rows()).extracting(r -> r.unit().id()).contains(a.province().id(), b.province().id());
            Progress pa = plans.progress(planA.id(), Y2024);
            Progress pb = plans.progress(planB.id(), Y2024);
            assertThat(drill.done()).isEqualTo(pa.done() + pb.done()).isEqualTo(2);
            assertThat(drill.total()).isEqualTo(pa.total() + pb.total()).isEqualTo(5);
            assertThat(drill.overdue()).isEqualTo(pa.overdue() + pb.overdue()).isEqualTo(2);
            assertThat(drill.withPlan()).isEqualTo(2);

            // inspections: the country's progress is its provinces' added up
            ProgressReport country = inspections.progress(vn.id(), Y2024, yearEnd);
            List<ProgressReport> each = provinces.stream().map(p -> inspections.progress(p.id(), Y2024, yearEnd)).toList();
            assertThat(country.total().planned()).isEqualTo(each.stream().mapToLong(r -> r.total().planned()).sum()).isEqualTo(5);
            assertThat(country.total().done()).isEqualTo(each.stream().mapToLong(r -> r.total().done()).sum()).isEqualTo(3);
            assertThat(inspections.drillDown(vn.id(), Y2024, yearEnd)).extracting(f -> f.unit().id())
                    .contains(a.province().id(), b.province().id());
        });
    }

    @Test
    void theCountrysIndexRanksItsProvinces() {
        UnitRef vn = country();
        TestUnits.Tree a = testUnits.province(1, 1, 0);
        TestUnits.Tree b = testUnits.province(1, 1, 0);
        TestUnits.Tree c = testUnits.province(1, 1, 0);
        IndexDef index = AsUser.call(AsUser.secretariat(), () -> {
            IndexDef i = indexes.define(rankings.provinceOf(vn), new IndexService.NewIndex("PAR-TINH", 2024, "Chỉ số CCHC cấp tỉnh",
                    "Provincial PAR index", Set.of(UnitTier.PROVINCE), Scale.PERCENT,
                    List.of(new Band("Tốt", "Good", new BigDecimal("80"), "green"), new Band("Yếu", "Weak", BigDecimal.ZERO, "red"))));
            indexes.defineCriteria(i.id(), List.of(
                    new IndexService.CriterionRow(2, "1", "Công tác chỉ đạo, điều hành", "Direction", new BigDecimal("10"), false),
                    new IndexService.CriterionRow(3, "1.1", "Kế hoạch CCHC", "Reform plan", new BigDecimal("10"), false)));
            indexes.saveScores(i.id(), List.of(
                    new IndexService.ScoreRow(2, a.province().code(), "1.1", null, new BigDecimal("7"), null),
                    new IndexService.ScoreRow(3, b.province().code(), "1.1", null, new BigDecimal("9"), null),
                    new IndexService.ScoreRow(4, c.province().code(), "1.1", null, new BigDecimal("8"), null)));
            return indexes.get(i.id());
        });
        AsUser.run(AsUser.secretariat(), () -> {
            assertThat(rankings.tiersUnder(index, vn)).containsExactly(UnitTier.PROVINCE);
            assertThat(indexes.indexes(rankings.provinceOf(vn), 2024)).extracting(IndexDef::code).containsExactly("PAR-TINH");
            // a province's own indexes are not the country's
            assertThat(indexes.indexes(rankings.provinceOf(a.commune(0, 0)), 2024)).isEmpty();
            RankingService.Ranking ranking = rankings.ranking(index, UnitTier.PROVINCE, vn);
            assertThat(ranking.rows()).extracting(r -> r.unit().id(), RankingService.RankingRow::rank).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(b.province().id(), 1),
                    org.assertj.core.groups.Tuple.tuple(c.province().id(), 2),
                    org.assertj.core.groups.Tuple.tuple(a.province().id(), 3));
        });
    }

    @Test
    void theStartupStepPutsEveryProvinceBelowTheCountryOnceAndTheImportsKeepThemThere() throws IOException {
        Path file = Path.of(System.getProperty("shared.dir", "../shared"), "data", "gso", "Xa_2025-01-04.csv");
        byte[] country = Files.exists(file) ? Files.readAllBytes(file) : null;
        if (country != null) {
            // the whole country's list as a province installation would hold it (a second import changes nothing)
            AsUser.run(AsUser.admin(), () -> gso.importCsv(country));
        }
        Map<Long, String> pathsBefore = paths();
        int rootsBefore = count("select count(*) from unit where parent_id is null and tier = 'PROVINCE'");
        java.util.Set<Long> provinceRoots = new java.util.HashSet<>(jdbc.queryForList(
                "select id from unit where parent_id is null and tier = 'PROVINCE'", Long.class));
        long below = pathsBefore.values().stream().filter(p -> provinceRoots.contains(topOf(p))).count();
        String code = "VN-S" + System.nanoTime() % 1_000_000;
        installation.switchTo(Installation.Kind.MINISTRY, code);
        NationalRoot.Attached attached = nationalRoot.ensure();
        UnitRef vn = attached.root();
        try {
            System.out.printf("MINISTRY-ATTACH units=%d provinces=%d ms=%d%n", attached.unitsMoved(), attached.provincesMoved(), attached.millis());
            assertThat(vn.code()).isEqualTo(code);
            assertThat(vn.tier()).isEqualTo(UnitTier.NATION);
            assertThat(vn.depth()).isZero();
            assertThat(attached.provincesMoved()).isEqualTo(rootsBefore);
            assertThat(attached.unitsMoved()).isEqualTo(below);
            assertThat(count("select count(*) from unit where parent_id is null and tier = 'PROVINCE'")).isZero();
            // every unit below a province moved by the same prefix, one level deeper; ids (and so every figure) stay
            Map<Long, String> pathsAfter = paths();
            long wrong = pathsBefore.entrySet().stream().filter(e -> !pathsAfter.get(e.getKey()).equals(
                    provinceRoots.contains(topOf(e.getValue())) ? vn.path() + e.getValue().substring(1) : e.getValue())).count();
            assertThat(wrong).isZero();
            assertThat(count("select count(*) from unit where path like '" + vn.path() + "%' and depth <> length(path) - length(replace(path, '/', '')) - 2")).isZero();
            assertThat(nationalRoot.ensure().unitsMoved()).isZero();

            AsUser.run(AsUser.chair(), () -> {
                assertThat(units.roots(Y2024)).contains(vn);
                assertThat(units.startUnit(Y2024)).contains(vn);
                UnitRef anGiang = units.findByCode("89", Y2024).orElseThrow();
                assertThat(units.pathOf(anGiang).getFirst()).isEqualTo(vn);
                assertThat(units.children(vn.id(), Y2024)).contains(anGiang);
                // the country's dossier figures include what its provinces recorded before they were put below it
                var figures = dossiers.recordFigures(units.readable(vn), Y2024);
                assertThat(figures.received()).isPositive();
                assertThat(figures).isEqualTo(dossiers.rawFigures(units.readable(vn), Y2024));
                assertThat(dossiers.recordFigures(units.readable(vn), Period.year(2026)))
                        .isEqualTo(dossiers.rawFigures(units.readable(vn), Period.year(2026)));
            });
            if (country != null) {
                var again = AsUser.call(AsUser.admin(), () -> gso.importCsv(country));
                assertThat(again.created()).isZero();
                assertThat(again.updated()).isZero();
                assertThat(again.provinces()).isEqualTo(63);
            }
            // the demo's conversion table again: the new An Giang stays below the country
            var conv = AsUser.call(AsUser.admin(), () -> conversion.importTable(new ClassPathResource(UnitsDemoData.CONVERSION).getContentAsByteArray(), null));
            assertThat(conv.created()).isZero();
            assertThat(conv.updated()).isZero();
            // a province created now lands below the country
            TestUnits.Tree t = testUnits.province(1, 1, 0);
            assertThat(t.province().parentId()).isEqualTo(vn.id());
        } finally {
            nationalRoot.detach(vn);
        }
        Map<Long, String> restored = paths();
        assertThat(restored).doesNotContainKey(vn.id());
        pathsBefore.forEach((id, path) -> assertThat(restored.get(id)).as("unit %d", id).isEqualTo(path));
        assertThat(count("select count(*) from unit where parent_id is null and tier = 'PROVINCE'")).isEqualTo(rootsBefore + 1);
    }

    // ---- helpers

    private static long topOf(String path) {
        return Long.parseLong(path.split("/")[1]);
    }

    private Map<Long, String> paths() {
        Map<Long, String> paths = new HashMap<>();
        jdbc.query("select id, path from unit", rs -> {
            paths.put(rs.getLong(1), rs.getString(2));
        });
        return paths;
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }

    private static String dossier(String id, UnitRef desk, String received, String promised, String resolved, String channel) {
        String level = desk.tier() == UnitTier.COMMUNE ? "COMMUNE" : desk.tier().name();
        return "MIN-" + desk.code() + "-" + id + "," + desk.code() + "," + level + ",P1,LAND," + channel + ",LEVEL_3," + received + ","
                + promised + "," + (resolved == null ? "" : resolved) + "," + (resolved == null ? "" : "RESULT") + ",0,false,\n";
    }

    private PlanRef plan(UnitRef unit, int year) {
        return AsUser.call(AsUser.secretariat(), () -> planCommands.createPlan(unit.id(), year, "1/KH-BO", LocalDate.of(year, 1, 20),
                "Kế hoạch CCHC " + year));
    }

    private TaskRow task(PlanRef plan, UnitRef lead, LocalDate deadline) {
        return AsUser.call(AsUser.secretariat(), () -> planCommands.addTask(plan.id(), new TaskDraft("", "Nhiệm vụ hạn " + deadline,
                plans.areas().getFirst().id(), lead.id(), List.of(), deadline, "Báo cáo", null)));
    }

    private void done(TaskRow task, LocalDate on) {
        AsUser.run(AsUser.secretariat(), () -> planCommands.updateStatus(task.id(), plans.task(task.id(), on).version(),
                new StatusDraft(TaskStatus.DONE, on, "Văn bản số 1", null, null), ""));
    }

    private void inspection(UnitRef planUnit, UnitRef target, int month, LocalDate doneOn) {
        AsUser.run(AsUser.secretariat(), () -> {
            long id = inspectionCommands.create(InspectionForm.planned(planUnit.id(), 2024, target.code(), month, null,
                    InspectionType.SCHEDULED, "ONE_STOP", "Trưởng đoàn " + target.code(), ""));
            if (doneOn != null) {
                var i = inspections.get(id).inspection();
                inspectionCommands.update(id, i.version(), InspectionForm.planned(planUnit.id(), 2024, target.code(), month, null,
                        InspectionType.SCHEDULED, "ONE_STOP", "Trưởng đoàn " + target.code(), "").done(doneOn, "Tồn tại", List.of()));
            }
        });
    }
}
