package vn.reformdesk.plans;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.Period;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitIndicator;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformdesk.plans.PlanFixtures.plan;
import static vn.reformdesk.plans.PlanFixtures.status;
import static vn.reformdesk.plans.PlanFixtures.task;

@DatabaseTest
class PlanProgressTest {

    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    UnitService units;
    @Autowired
    TestUnits testUnits;
    @Autowired
    List<UnitIndicator> indicators;

    @Test
    void chauThanhsPlanOf2019Has29Of36TasksDoneBySeptemberAndStillInOctober() {
        AsUser.run(AsUser.chair(), () -> {
            UnitRef chauThanh = units.findByCode("892", Period.year(2019)).orElseThrow();
            PlanRef plan = plans.planOf(chauThanh, 2019).orElseThrow();
            assertThat(plan.number()).isEqualTo("31/KH-UBND");
            assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2019, 1, 25));

            // 29 / 36 = 0.80555… → 80.6%
            Progress nineMonths = plans.progress(plan.id(), Period.nineMonths(2019));
            assertThat(nineMonths.done()).isEqualTo(29);
            assertThat(nineMonths.total()).isEqualTo(36);
            assertThat(nineMonths.percent()).isEqualTo(80.6);
            // overdue at 30/09: deadlines 30/06 (in progress), 31/08 (postponed), 15/09 (done only on 20/11)
            assertThat(nineMonths.overdue()).isEqualTo(3);
            // due 30/09–30/10: the task due 25/10
            assertThat(nineMonths.dueSoon()).isEqualTo(1);
            assertThat(plans.progress(plan.id(), Period.quarter(2019, 3)).done()).isEqualTo(29);

            // nothing was completed in October: still 29 on 31/10, and the task due 25/10 is now overdue too
            Progress october = plans.progress(plan.id(), Period.month(2019, 10));
            assertThat(october.done()).isEqualTo(29);
            assertThat(october.percent()).isEqualTo(80.6);
            assertThat(october.overdue()).isEqualTo(4);

            // the 6-month review shows 30 June, whenever it is opened: 18 / 36 = 50.0%, nothing overdue yet
            Progress half = plans.progress(plan.id(), Period.half(2019, 1));
            assertThat(half.done()).isEqualTo(18);
            assertThat(half.percent()).isEqualTo(50.0);
            assertThat(half.overdue()).isZero();
            // first quarter: 7 / 36 = 19.44… → 19.4%
            assertThat(plans.progress(plan.id(), Period.quarter(2019, 1)).percent()).isEqualTo(19.4);
            // the year: 32 / 36 = 88.88… → 88.9%, three tasks overdue at 31/12
            Progress year = plans.progress(plan.id(), Period.year(2019));
            assertThat(year.done()).isEqualTo(32);
            assertThat(year.percent()).isEqualTo(88.9);
            assertThat(year.overdue()).isEqualTo(3);

            List<AreaProgress> areas = plans.byArea(plan.id(), Period.nineMonths(2019).end());
            assertThat(areas).hasSize(7);
            assertThat(areas.stream().mapToLong(AreaProgress::total).sum()).isEqualTo(36);
            assertThat(areas.stream().mapToLong(AreaProgress::done).sum()).isEqualTo(29);
        });
    }

    @Test
    void progressOverdueAndTheBurnUpFollowCompletionAndDecisionDates() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef district = t.district(0);
        PlanRef plan = plan(planCommands, plans, district, 2024);
        var march = task(planCommands, plans, plan, district, LocalDate.of(2024, 3, 31));
        var june = task(planCommands, plans, plan, t.commune(0, 0), LocalDate.of(2024, 6, 30));
        var september = task(planCommands, plans, plan, district, LocalDate.of(2024, 9, 30));
        task(planCommands, plans, plan, district, LocalDate.of(2024, 12, 31));
        status(planCommands, plans, march, TaskStatus.DONE, LocalDate.of(2024, 3, 20));
        status(planCommands, plans, june, TaskStatus.DONE, LocalDate.of(2024, 7, 10));
        status(planCommands, plans, september, TaskStatus.CANCELLED, LocalDate.of(2024, 8, 1));

        AsUser.run(AsUser.chair(), () -> {
            // 30 June: four tasks count (the cancellation came later), one done; the June task is due that day, not overdue
            Progress h1 = plans.progress(plan.id(), Period.half(2024, 1));
            assertThat(h1).extracting(Progress::done, Progress::total, Progress::overdue)
                    .containsExactly(1L, 4L, 0L);
            assertThat(h1.percent()).isEqualTo(25.0);
            // 5 July: the June task is overdue until it is done on 10 July
            assertThat(plans.progress(plan.id(), LocalDate.of(2024, 7, 5)).overdue()).isEqualTo(1);
            assertThat(plans.progress(plan.id(), LocalDate.of(2024, 7, 10)).overdue()).isZero();
            // 30 September: the cancelled task no longer counts: 2 / 3 = 66.7%
            Progress nine = plans.progress(plan.id(), Period.nineMonths(2024));
            assertThat(nine).extracting(Progress::done, Progress::total).containsExactly(2L, 3L);
            assertThat(nine.percent()).isEqualTo(66.7);
            // the December task is due on 31/12: overdue only from 1 January
            assertThat(plans.progress(plan.id(), Period.year(2024)).overdue()).isZero();
            assertThat(plans.progress(plan.id(), LocalDate.of(2025, 1, 2)).overdue()).isEqualTo(1);

            BurnUp burn = plans.burnUp(plan.id(), Period.year(2024).end());
            assertThat(burn.done()).containsExactly(0L, 0L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L, 2L, 2L);
            assertThat(burn.line().getLast()).isEqualTo(3.0);
            assertThat(burn.forecast()).isEqualTo(2);
            // at 30 June (182 days of 366) one task done: 1 × 366 / 182 = 2.01 → 2 of 4 = 50.0%
            BurnUp mid = plans.burnUp(plan.id(), Period.half(2024, 1).end());
            assertThat(mid.done().get(5)).isEqualTo(1L);
            assertThat(mid.done().get(6)).isNull();
            assertThat(mid.forecast()).isEqualTo(2);
            assertThat(mid.forecastPercent()).isEqualTo(50.0);

            // overdue first in the task list as of 5 July
            assertThat(plans.tasks(plan.id(), LocalDate.of(2024, 7, 5), 0, 10).getFirst().id()).isEqualTo(june.id());
        });
    }

    @Test
    void theDrillDownRanksUnitsWithAPlanAndShowsTheOthersAsNoPlan() {
        TestUnits.Tree t = testUnits.province(3, 0, 1);
        LocalDate deadline = LocalDate.of(2024, 12, 31);
        LocalDate doneOn = LocalDate.of(2024, 5, 2);
        PlanRef half = plan(planCommands, plans, t.district(0), 2024);
        status(planCommands, plans, task(planCommands, plans, half, t.district(0), deadline), TaskStatus.DONE, doneOn);
        task(planCommands, plans, half, t.district(0), deadline);
        PlanRef most = plan(planCommands, plans, t.district(1), 2024);
        for (int i = 0; i < 4; i++) {
            var task = task(planCommands, plans, most, t.district(1), deadline);
            if (i < 3) {
                status(planCommands, plans, task, TaskStatus.DONE, doneOn);
            }
        }
        PlanRef none = plan(planCommands, plans, t.departments().getFirst(), 2024);
        task(planCommands, plans, none, t.departments().getFirst(), LocalDate.of(2024, 2, 28));

        AsUser.run(AsUser.chair(), () -> {
            DrillDown drill = plans.drillDown(t.province(), Period.year(2024));
            assertThat(drill.rows()).extracting(r -> r.unit().id()).containsExactly(t.district(1).id(), t.district(0).id(),
                    t.departments().getFirst().id(), t.district(2).id());
            assertThat(drill.rows()).extracting(DrillRow::percent).containsExactly(75.0, 50.0, 0.0, null);
            assertThat(drill.rows()).extracting(DrillRow::rank).containsExactly(1, 2, 3, null);
            assertThat(drill.rows().getLast().hasPlan()).isFalse();
            // 1 + 3 + 0 of 2 + 4 + 1: 4 / 7 = 57.14… → 57.1%; the department's task is overdue
            assertThat(drill).extracting(DrillDown::done, DrillDown::total, DrillDown::overdue,
                    DrillDown::withPlan, DrillDown::withoutPlan).containsExactly(4L, 7L, 1L, 3, 1);
            assertThat(drill.percent()).isEqualTo(57.1);
            // by the end of June only the completions of 2 May count, the same figures
            assertThat(plans.drillDown(t.province(), Period.half(2024, 1)).done()).isEqualTo(4);

            UnitIndicator indicator = indicators.stream().filter(i -> i.id().equals("plans.completion")).findFirst().orElseThrow();
            assertThat(indicator.higherIsWorse()).isFalse();
            Map<Long, Double> values = indicator.values(List.of(t.district(0), t.district(1), t.district(2), t.departments().getFirst()),
                    Period.year(2024));
            assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of(t.district(0).id(), 50.0, t.district(1).id(), 75.0,
                    t.departments().getFirst().id(), 0.0));
        });
    }

    @Test
    void theDemoProvinceHasPlansForItsDistrictsAndDepartmentsWithASpread() {
        AsUser.run(AsUser.chair(), () -> {
            UnitRef province = units.findByCode("89", Period.year(2024)).orElseThrow();
            DrillDown drill = plans.drillDown(province, Period.year(2024));
            assertThat(drill.rows()).hasSize(28);
            assertThat(drill.withoutPlan()).isEqualTo(1);
            assertThat(drill.rows().getLast().unit().code()).isEqualTo("89-BDT");
            assertThat(drill.rows().stream().filter(DrillRow::hasPlan).map(DrillRow::percent))
                    .anyMatch(p -> p < 70).anyMatch(p -> p >= 90);
        });
    }
}
