package vn.reformdesk.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.Period;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.plans.PlanRef;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan dialog without a browser: an empty number and a title over 500 characters are refused on their fields
 * by Bean Validation, a date of issue outside the plan's year or the one before by the service on that field; the
 * dialog stays open and the plan is unchanged.
 */
class PlanDialogFieldsTest extends ViewTest {

    @Autowired
    ViewUsers users;
    @Autowired
    UnitService units;
    @Autowired
    PlanQueries plans;

    @Test
    void anEmptyNumberALongTitleAndADateOfIssueInAnotherYearAreRefusedOnTheirFields() {
        PlanRef before = plan();
        signIn(users.secretariat());
        assertThat(open("plans?unit=892&period=2024")).isInstanceOf(PlansView.class);
        test($(Button.class).withId("plans-edit").single()).click();
        TextField number = $(TextField.class).withId("plan-number").single();
        TextField title = $(TextField.class).withId("plan-title").single();
        DatePicker issued = $(DatePicker.class).withId("plan-issued-on").single();
        assertThat(number.getValue()).isEqualTo(before.number());

        number.setValue("  ");
        title.setValue("x".repeat(501));
        test($(Button.class).withId("plan-save").single()).click();
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo(translation("plans.error.number-empty"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo(translation("plans.error.plan-title-long"));
        assertThat(issued.isInvalid()).isFalse();
        assertThat(shows("plan-save")).as("the dialog stays open").isTrue();

        number.setValue("99/KH-THU");
        title.setValue("Kế hoạch thử biểu mẫu");
        issued.setValue(LocalDate.of(2021, 3, 1));
        test($(Button.class).withId("plan-save").single()).click();
        assertThat(number.isInvalid()).isFalse();
        assertThat(title.isInvalid()).isFalse();
        assertThat(issued.isInvalid()).as("the service's refusal is on the date of issue").isTrue();
        assertThat(issued.getErrorMessage()).isEqualTo(translation("plans.error.issued-on", "2023", "2024"));
        assertThat(shows("plan-save")).isTrue();
        assertThat(plan()).as("nothing saved").isEqualTo(before);
    }

    private PlanRef plan() {
        return AsUser.call(AsUser.secretariat(), () -> plans.planOf(units.findByCode("892", Period.year(2024)).orElseThrow(), 2024)
                .orElseThrow());
    }
}
