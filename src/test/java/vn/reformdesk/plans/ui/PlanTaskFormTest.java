package vn.reformdesk.plans.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.plans.Area;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.plans.PlanRef;
import vn.reformdesk.plans.TaskDraft;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The task form: Bean Validation on its record shows each error translated on its field, and a refusal of the plan
 * service (a real one, from the database) lands on the field it names.
 */
@DatabaseTest
class PlanTaskFormTest {

    @Autowired
    PlanCommands commands;
    @Autowired
    PlanQueries plans;
    @Autowired
    UnitService units;
    @Autowired
    TestUnits testUnits;

    private static String vi(String key, Object... args) {
        return AppI18NProvider.text(key, AppLocales.VIETNAMESE, args);
    }

    @Test
    void aBlankTitleANegativeTargetAndATooLongNumberAreRefusedOnTheirFieldsInTheUsersLanguage() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        List<Area> areas = AsUser.call(AsUser.secretariat(), () -> plans.areas(2024));
        List<UnitRef> leads = AsUser.call(AsUser.secretariat(), () -> units.subtree(t.district(0).id(), Period.year(2024)));
        TaskFields f = new TaskFields(AppLocales.VIETNAMESE, 2024, areas, leads, LocalDate.of(2024, 6, 1));
        f.showNew(areas, t.district(0), 2024);
        f.number.setValue("1".repeat(21));
        f.title.setValue("   ");
        f.target.setValue(-2);

        assertThat(f.value()).isEmpty();
        assertThat(f.title.isInvalid()).isTrue();
        assertThat(f.title.getErrorMessage()).isEqualTo(vi("plans.error.title-empty")).startsWith("Nội dung");
        assertThat(f.target.isInvalid()).isTrue();
        assertThat(f.target.getErrorMessage()).isEqualTo(vi("plans.error.target"));
        assertThat(f.number.isInvalid()).isTrue();
        assertThat(f.number.getErrorMessage()).isEqualTo(vi("plans.error.number-long"));
        assertThat(f.deadline.isInvalid()).as("a valid deadline stays valid").isFalse();
        assertThat(f.lead.isInvalid()).isFalse();

        f.lead.clear();
        assertThat(f.value()).isEmpty();
        assertThat(f.lead.getErrorMessage()).isEqualTo(vi("plans.error.lead-required"));
    }

    @Test
    void theServicesRefusalOfATakenNumberLandsOnTheNumberFieldAndAServiceFieldNameIsMappedToItsPicker() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        PlanRef plan = AsUser.call(AsUser.secretariat(), () -> commands.createPlan(t.district(0).id(), 2024, "5/KH-TEST",
                LocalDate.of(2024, 1, 10), "Kế hoạch thử biểu mẫu"));
        List<Area> areas = AsUser.call(AsUser.secretariat(), () -> plans.areas(2024));
        AsUser.run(AsUser.secretariat(), () -> commands.addTask(plan.id(), new TaskDraft("7", "Nhiệm vụ đầu", areas.getFirst().id(),
                t.district(0).id(), List.of(), LocalDate.of(2024, 6, 30), null, null)));
        List<UnitRef> leads = AsUser.call(AsUser.secretariat(), () -> units.subtree(t.district(0).id(), Period.year(2024)));

        TaskFields f = new TaskFields(AppLocales.VIETNAMESE, 2024, areas, leads, LocalDate.of(2024, 6, 1));
        f.showNew(areas, t.district(0), 2024);
        f.number.setValue("7");
        f.title.setValue("Nhiệm vụ trùng số");
        f.target.setValue(12);
        TaskForm form = f.value().orElseThrow();
        assertThat(form.targetCount()).isEqualTo(12);
        assertThat(TaskFields.draft(form).leadUnitId()).isEqualTo(t.district(0).id());

        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> AsUser.call(AsUser.secretariat(), () -> commands.addTask(plan.id(), TaskFields.draft(form))));
        assertThat(refused.field()).isEqualTo("number");
        assertThat(f.show(refused)).isTrue();
        assertThat(f.number.isInvalid()).isTrue();
        assertThat(f.number.getErrorMessage()).isEqualTo(vi("plans.error.number-duplicate", "7")).contains("7");
        assertThat(AsUser.call(AsUser.chair(), () -> plans.countTasks(plan.id()))).as("nothing added").isEqualTo(1);

        // the service names the lead by the id it receives; the form shows it on the lead picker
        assertThat(f.show(UserFacingException.onField("leadUnitId", "plans.error.lead-outside"))).isTrue();
        assertThat(f.lead.isInvalid()).isTrue();
        assertThat(f.lead.getErrorMessage()).isEqualTo(vi("plans.error.lead-outside"));
        assertThat(f.show(new UserFacingException("plans.error.plan-exists", "2024"))).as("no field: a notification").isFalse();
    }
}
