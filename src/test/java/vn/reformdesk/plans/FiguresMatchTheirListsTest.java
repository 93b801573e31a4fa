package vn.reformdesk.plans;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.Period;
import vn.reformdesk.inspections.InspectionFilter;
import vn.reformdesk.inspections.InspectionForm;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.inspections.RecommendationFilter;
import vn.reformdesk.inspections.InspectionStatus;
import vn.reformdesk.inspections.InspectionType;
import vn.reformdesk.inspections.Recommendation;
import vn.reformdesk.inspections.UnitFigures;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformdesk.plans.PlanFixtures.plan;
import static vn.reformdesk.plans.PlanFixtures.status;
import static vn.reformdesk.plans.PlanFixtures.task;

/**
 * Every clickable figure of the plan and inspection pages, at the province, a district and a commune, equals the
 * number of records the list it opens returns (for the same unit, period and "as of").
 */
@DatabaseTest
class FiguresMatchTheirListsTest {

    private static final List<Period> PERIODS = List.of(Period.half(2024, 1), Period.nineMonths(2024), Period.year(2024));

    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    InspectionQueries inspections;
    @Autowired
    RecommendationQueries recommendationQueries;
    @Autowired
    InspectionCommands inspectionCommands;
    @Autowired
    RecommendationCommands recommendationCommands;
    @Autowired
    TestUnits testUnits;

    private void fill(PlanRef plan, UnitRef lead) {
        var a = task(planCommands, plans, plan, lead, LocalDate.of(2024, 3, 31));
        var b = task(planCommands, plans, plan, lead, LocalDate.of(2024, 6, 30));
        var c = task(planCommands, plans, plan, lead, LocalDate.of(2024, 7, 15));
        var d = task(planCommands, plans, plan, lead, LocalDate.of(2024, 9, 30));
        task(planCommands, plans, plan, lead, LocalDate.of(2024, 10, 20));
        task(planCommands, plans, plan, lead, LocalDate.of(2024, 12, 31));
        status(planCommands, plans, a, TaskStatus.DONE, LocalDate.of(2024, 3, 20));
        status(planCommands, plans, b, TaskStatus.DONE, LocalDate.of(2024, 8, 2));
        status(planCommands, plans, c, TaskStatus.CANCELLED, LocalDate.of(2024, 8, 1));
        status(planCommands, plans, d, TaskStatus.POSTPONED, LocalDate.of(2024, 9, 1));
    }

    @Test
    void everyPlanFigureEqualsTheTasksItsListReturnsAtEachLevel() {
        TestUnits.Tree t = testUnits.province(2, 2, 1);
        UnitRef province = t.province();
        UnitRef district = t.district(0);
        UnitRef commune = t.commune(0, 0);
        for (UnitRef unit : List.of(province, district, commune, t.district(1), t.commune(0, 1), t.departments().getFirst())) {
            fill(plan(planCommands, plans, unit, 2024), unit);
        }
        AsUser.run(AsUser.chair(), () -> {
            for (UnitRef unit : List.of(province, district, commune)) {
                long planId = plans.planOf(unit, 2024).orElseThrow().id();
                for (Period period : PERIODS) {
                    LocalDate asOf = plans.asOf(period);
                    Progress p = plans.progress(planId, period);
                    assertThat(listed(planId, asOf, TaskFilter.DONE)).as("done %s %s", unit.code(), period).isEqualTo(p.done());
                    assertThat(listed(planId, asOf, TaskFilter.COUNTED)).as("counted").isEqualTo(p.total());
                    assertThat(listed(planId, asOf, TaskFilter.OVERDUE)).as("overdue").isEqualTo(p.overdue());
                    assertThat(listed(planId, asOf, TaskFilter.DUE_SOON)).as("due soon").isEqualTo(p.dueSoon());
                    assertThat(listed(planId, asOf, TaskFilter.OPEN)).as("open").isEqualTo(p.total() - p.done());
                    assertThat(listed(planId, asOf, TaskFilter.ALL)).isEqualTo(6);
                }
            }
            // the figures are not trivially equal: they differ between the periods
            long planId = plans.planOf(district, 2024).orElseThrow().id();
            assertThat(plans.progress(planId, Period.half(2024, 1))).extracting(Progress::done,
                    Progress::total, Progress::overdue).containsExactly(1L, 6L, 0L);
            assertThat(plans.progress(planId, Period.year(2024))).extracting(Progress::done,
                    Progress::total, Progress::overdue).containsExactly(2L, 5L, 2L);

            // the drill-down totals of the province and of a district open the tasks of their children's plans
            for (UnitRef unit : List.of(province, district)) {
                for (Period period : PERIODS) {
                    DrillDown drill = plans.drillDown(unit, period);
                    assertThat(drilled(unit, period, TaskFilter.DONE)).as("drill done %s %s", unit.code(), period).isEqualTo(drill.done());
                    assertThat(drilled(unit, period, TaskFilter.COUNTED)).isEqualTo(drill.total());
                    assertThat(drilled(unit, period, TaskFilter.OVERDUE)).isEqualTo(drill.overdue());
                }
            }
            assertThat(plans.drillDown(province, Period.year(2024)).overdue()).isEqualTo(6);
        });
    }

    private long listed(long planId, LocalDate asOf, TaskFilter filter) {
        int count = plans.countTasks(planId, asOf, filter);
        assertThat(plans.tasks(planId, asOf, filter, 0, 1000)).hasSize(count);
        return count;
    }

    private long drilled(UnitRef unit, Period period, TaskFilter filter) {
        int count = plans.countDrillDownTasks(unit, period, filter);
        assertThat(plans.drillDownTasks(unit, period, filter, 0, 1000)).hasSize(count);
        return count;
    }

    @Test
    void everyInspectionAndRecommendationFigureEqualsItsListAtEachLevel() {
        TestUnits.Tree t = testUnits.province(2, 2, 0);
        UnitRef province = t.province();
        UnitRef district = t.district(0);
        UnitRef commune = t.commune(0, 0);
        List<List<Object>> targets = List.of(List.of(commune, 3, LocalDate.of(2024, 5, 31)), List.of(t.commune(0, 1), 7, LocalDate.of(2024, 9, 15)),
                List.of(t.district(1), 2, LocalDate.of(2024, 4, 10)), List.of(district, 10, LocalDate.of(2024, 12, 31)));
        AsUser.run(AsUser.secretariat(), () -> {
            int n = 0;
            for (List<Object> target : targets) {
                UnitRef unit = (UnitRef) target.get(0);
                int month = (Integer) target.get(1);
                LocalDate deadline = (LocalDate) target.get(2);
                long id = inspectionCommands.create(InspectionForm.planned(province.id(), 2024, unit.code(), month, null,
                        InspectionType.SCHEDULED, "ONE_STOP", "Trưởng đoàn " + (n++), ""));
                if (month <= 7) {
                    var i = inspections.get(id).inspection();
                    var form = new InspectionForm(i.planUnitId(), i.planYear(), i.target().code(), i.plannedMonth(), i.plannedDate(),
                            i.type(), i.topicCode(), i.teamLead(), i.members(), i.status(), i.actualDate(), i.postponeReason(),
                            i.findings(), List.of());
                    inspectionCommands.update(id, i.version(), form.done(LocalDate.of(2024, month, 5), "Tồn tại", List.of(
                            InspectionForm.RecommendationForm.of("Khắc phục 1", unit.code(), deadline),
                            InspectionForm.RecommendationForm.of("Khắc phục 2", unit.code(), deadline.plusMonths(2)))));
                    Recommendation first = inspections.get(id).recommendations().getFirst();
                    recommendationCommands.resolve(first.id(), first.version(), deadline.minusDays(3), "Biên bản");
                }
            }
        });
        AsUser.run(AsUser.chair(), () -> {
            for (UnitRef unit : List.of(province, district, commune)) {
                for (Period period : PERIODS) {
                    LocalDate asOf = inspections.asOf(period);
                    var report = inspections.progress(unit.id(), period, asOf);
                    assertThat(inspections.count(InspectionFilter.of(unit.id(), period).withStatus(InspectionStatus.DONE)))
                            .as("inspected %s %s", unit.code(), period).isEqualTo((int) report.total().done());
                    var recs = report.recommendations();
                    assertThat(listedRecs(unit, asOf, RecommendationFilter.OPEN)).as("open %s %s", unit.code(), period).isEqualTo(recs.open());
                    assertThat(listedRecs(unit, asOf, RecommendationFilter.OVERDUE)).as("overdue").isEqualTo(recs.overdue());
                    assertThat(listedRecs(unit, asOf, RecommendationFilter.ALL)).as("issued").isEqualTo(recs.issued());
                    assertThat(listedRecs(unit, asOf, RecommendationFilter.DONE)).as("done").isEqualTo(recs.issued() - recs.open());
                }
            }
            // each count cell of a child row of the drill-down opens that child's list (same period and "as of")
            long drilledCells = 0;
            for (UnitRef unit : List.of(province, district)) {
                for (Period period : PERIODS) {
                    LocalDate asOf = inspections.asOf(period);
                    for (var row : inspections.drillDown(unit.id(), period, asOf)) {
                        if (row.unit().id() == unit.id()) {
                            continue;
                        }
                        UnitRef child = row.unit();
                        assertThat(inspections.count(InspectionFilter.of(child.id(), period).withStatus(InspectionStatus.DONE)))
                                .as("drill done %s %s", child.code(), period).isEqualTo((int) row.done());
                        assertThat(listedRecs(child, asOf, RecommendationFilter.OPEN)).as("drill open %s %s", child.code(), period)
                                .isEqualTo(row.open());
                        assertThat(listedRecs(child, asOf, RecommendationFilter.OVERDUE)).as("drill overdue %s %s", child.code(), period)
                                .isEqualTo(row.overdue());
                        drilledCells += row.done() + row.open() + row.overdue();
                    }
                }
            }
            assertThat(drilledCells).as("the drill-down cells are not all zero").isGreaterThan(10);
            var year = inspections.progress(province.id(), Period.year(2024), inspections.asOf(Period.year(2024))).recommendations();
            assertThat(year.issued()).isEqualTo(6);
            assertThat(year.open()).isEqualTo(3);
            assertThat(inspections.progress(province.id(), Period.half(2024, 1), LocalDate.of(2024, 6, 30)).total().done()).isEqualTo(2);
        });
    }

    @Test
    void theDrillDownsPlannedCellsAndTheUnitsOwnRowOpenTheRecordsTheyCount() {
        TestUnits.Tree t = testUnits.province(2, 2, 0);
        UnitRef province = t.province();
        UnitRef district = t.district(0);
        AsUser.run(AsUser.secretariat(), () -> {
            // the province and the district are inspected themselves (their own rows), next to a commune; one of the
            // district's is cancelled (not planned) and one postponed (planned, not done)
            inspect(province, province, 3, List.of(province, province));
            inspect(province, district, 5, List.of(district, t.commune(0, 0)));
            inspect(province, t.commune(0, 1), 4, List.of(t.commune(0, 1)));
            long cancelled = inspectionCommands.create(InspectionForm.planned(province.id(), 2024, district.code(), 8, null,
                    InspectionType.SCHEDULED, "ONE_STOP", "Trưởng đoàn hủy", ""));
            var c = inspections.get(cancelled).inspection();
            inspectionCommands.update(cancelled, c.version(), InspectionForm.planned(province.id(), 2024, district.code(), 8, null,
                    InspectionType.SCHEDULED, "ONE_STOP", "Trưởng đoàn hủy", "").withStatus(InspectionStatus.CANCELLED, "Trùng lịch"));
            long postponed = inspectionCommands.create(InspectionForm.planned(province.id(), 2024, district.code(), 9, null,
                    InspectionType.SCHEDULED, "ONE_STOP", "Trưởng đoàn hoãn", ""));
            var pp = inspections.get(postponed).inspection();
            inspectionCommands.update(postponed, pp.version(), InspectionForm.planned(province.id(), 2024, district.code(), 9, null,
                    InspectionType.SCHEDULED, "ONE_STOP", "Trưởng đoàn hoãn", "").withStatus(InspectionStatus.POSTPONED, "Chưa bố trí"));
            inspectionCommands.create(InspectionForm.planned(province.id(), 2024, t.district(1).code(), 11, null,
                    InspectionType.SURPRISE, "ONE_STOP", "Trưởng đoàn đột xuất", ""));
        });
        AsUser.run(AsUser.chair(), () -> {
            long ownCells = 0;
            long plannedCells = 0;
            for (UnitRef unit : List.of(province, district)) {
                for (Period period : PERIODS) {
                    LocalDate asOf = inspections.asOf(period);
                    boolean ownRow = false;
                    for (var row : inspections.drillDown(unit.id(), period, asOf)) {
                        boolean itself = row.unit().id() == unit.id();
                        ownRow |= itself;
                        // a child's cells open the child's subtree; the own row's cells the unit itself (only=itself)
                        InspectionFilter base = InspectionFilter.of(row.unit().id(), period).itself(itself);
                        String at = "%s %s %s".formatted(unit.code(), row.unit().code(), period);
                        assertThat(inspections.count(base.counted(true))).as("planned %s", at).isEqualTo((int) row.planned());
                        assertThat(inspections.list(base.counted(true), 0, 1000)).hasSize((int) row.planned());
                        assertThat(inspections.count(base.withStatus(InspectionStatus.DONE))).as("done %s", at).isEqualTo((int) row.done());
                        assertThat(ownRecs(row.unit(), asOf, RecommendationFilter.OPEN, itself)).as("open %s", at).isEqualTo(row.open());
                        assertThat(ownRecs(row.unit(), asOf, RecommendationFilter.OVERDUE, itself)).as("overdue %s", at).isEqualTo(row.overdue());
                        plannedCells += row.planned();
                        if (itself) {
                            ownCells += row.planned() + row.done() + row.open() + row.overdue();
                        }
                    }
                    assertThat(ownRow).as("%s inspected itself in %s", unit.code(), period).isTrue();
                }
            }
            assertThat(ownCells).as("the own rows' cells are not all zero").isGreaterThan(10);
            assertThat(plannedCells).isGreaterThan(10);
            // the district's own row counts its own inspections only: the commune's are not in it, the cancelled one neither
            Period year = Period.year(2024);
            UnitFigures own = inspections.drillDown(district.id(), year, inspections.asOf(year)).stream()
                    .filter(f -> f.unit().id() == district.id()).findFirst().orElseThrow();
            assertThat(own.planned()).isEqualTo(2);
            assertThat(own.done()).isEqualTo(1);
            assertThat(inspections.count(InspectionFilter.of(district.id(), year).counted(true))).isEqualTo(3);
            assertThat(inspections.count(InspectionFilter.of(district.id(), year))).isEqualTo(4);
            assertThat(ownRecs(district, inspections.asOf(year), RecommendationFilter.ALL, true)).isEqualTo(1);
            assertThat(ownRecs(district, inspections.asOf(year), RecommendationFilter.ALL, false)).isEqualTo(3);
        });
    }

    /** An inspection of {@code target} held on the 5th of {@code month} with one recommendation per unit of {@code to}. */
    private void inspect(UnitRef plan, UnitRef target, int month, List<UnitRef> to) {
        long id = inspectionCommands.create(InspectionForm.planned(plan.id(), 2024, target.code(), month, null,
                InspectionType.SCHEDULED, "ONE_STOP", "Trưởng đoàn " + target.code(), ""));
        var i = inspections.get(id).inspection();
        var form = new InspectionForm(i.planUnitId(), i.planYear(), i.target().code(), i.plannedMonth(), i.plannedDate(),
                i.type(), i.topicCode(), i.teamLead(), i.members(), i.status(), i.actualDate(), i.postponeReason(),
                i.findings(), List.of());
        LocalDate held = LocalDate.of(2024, month, 5);
        inspectionCommands.update(id, i.version(), form.done(held, "Tồn tại", to.stream().map(u ->
                InspectionForm.RecommendationForm.of("Khắc phục " + u.code(), u.code(), held.plusMonths(2))).toList()));
        Recommendation first = inspections.get(id).recommendations().getFirst();
        recommendationCommands.resolve(first.id(), first.version(), held.plusMonths(1), "Biên bản");
    }

    private long ownRecs(UnitRef unit, LocalDate asOf, RecommendationFilter filter, boolean itself) {
        int count = recommendationQueries.countRecommendations(unit.id(), asOf, filter, itself);
        assertThat(recommendationQueries.recommendations(unit.id(), asOf, filter, itself, 0, 1000)).hasSize(count);
        return count;
    }

    private long listedRecs(UnitRef unit, LocalDate asOf, RecommendationFilter filter) {
        int count = recommendationQueries.countRecommendations(unit.id(), asOf, filter);
        assertThat(recommendationQueries.recommendations(unit.id(), asOf, filter, 0, 1000)).hasSize(count);
        return count;
    }
}
