package vn.reformdesk.myunit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.inspections.InspectionForm;
import vn.reformdesk.inspections.InspectionService;
import vn.reformdesk.inspections.InspectionType;
import vn.reformdesk.plans.PlanService;
import vn.reformdesk.scorecard.AgendaItem;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class MyUnitServiceTest {

    @Autowired
    MyUnitService myUnit;
    @Autowired
    vn.reformdesk.units.UnitService unitService;
    @Autowired
    PlanService plans;
    @Autowired
    InspectionService inspections;
    @Autowired
    TestUnits testUnits;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLeadersPageListsOverdueFirstTheNext30DaysAndTheUnitsBelowWorstFirst() {
        TestUnits.Tree t = testUnits.province(1, 2, 0);
        UnitRef district = t.district(0);
        clock.setToday(LocalDate.of(2025, 6, 10));
        AsUser.run(AsUser.secretariat(), () -> {
            var plan = plans.createPlan(district.id(), 2025, "3/KH-UBND", LocalDate.of(2025, 1, 15), "Kế hoạch");
            long area = plans.areas().getFirst().id();
            plans.addTask(plan.id(), new PlanService.TaskDraft("", "Việc trong 20 ngày", area, district.id(), List.of(),
                    LocalDate.of(2025, 6, 30), "", null));
            plans.addTask(plan.id(), new PlanService.TaskDraft("", "Việc cuối năm", area, district.id(), List.of(),
                    LocalDate.of(2025, 12, 31), "", null));
            plans.addTask(plan.id(), new PlanService.TaskDraft("", "Việc quá hạn của xã", area, t.commune(0, 1).id(), List.of(),
                    LocalDate.of(2025, 3, 31), "", null));
            inspections.create(InspectionForm.planned(district.id(), 2025, district.code(), 3, null, InspectionType.SCHEDULED,
                            "ONE_STOP", "Nguyễn Văn A", "")
                    .done(LocalDate.of(2025, 3, 5), "x",
                            List.of(InspectionForm.RecommendationForm.of("Kiến nghị quá hạn", district.code(), LocalDate.of(2025, 4, 30)))));
        });
        MyUnitPage page = AsUser.call(AsUser.leaderOf(district), () -> myUnit.page(unitService.readable(district), Period.year(2025)));
        assertThat(page.asOf()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(page.agenda()).extracting(AgendaItem::title, AgendaItem::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kiến nghị quá hạn", AgendaItem.Status.OVERDUE),
                org.assertj.core.groups.Tuple.tuple("Việc trong 20 ngày", AgendaItem.Status.OPEN),
                org.assertj.core.groups.Tuple.tuple("Việc cuối năm", AgendaItem.Status.OPEN));
        assertThat(page.overdue()).isEqualTo(1);
        assertThat(page.done()).isZero();
        assertThat(page.dueSoon()).extracting(AgendaItem::title).containsExactly("Việc trong 20 ngày");
        // the commune with an overdue task comes first
        assertThat(page.children()).extracting(c -> c.unit().id()).containsExactly(t.commune(0, 1).id(), t.commune(0, 0).id());
        assertThat(page.children().getFirst().overdue()).isEqualTo(1);

        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(t.commune(0, 0)), () -> myUnit.page(unitService.readable(district), Period.year(2025))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
