package vn.reformdesk.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.plans.PlanAreaService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan area dialog without a browser: a malformed code, an empty name and a year out of range are refused on
 * their fields by Bean Validation; a first year after the last and a code already taken by the service, on the
 * field it names; nothing is created.
 */
class PlanAreaDialogFieldsTest extends ViewTest {

    @Autowired
    ViewUsers users;
    @Autowired
    PlanAreaService areas;

    @Test
    void aBadCodeNameOrYearIsRefusedOnItsFieldAndNothingIsCreated() {
        int before = all();
        String taken = AsUser.call(AsUser.secretariat(), () -> areas.all().getFirst().code());
        signIn(users.secretariat());
        assertThat(open("plans/areas")).isInstanceOf(PlanAreasView.class);
        test($(Button.class).withId("plan-area-add").single()).click();
        TextField code = $(TextField.class).withId("plan-area-code").single();
        TextField name = $(TextField.class).withId("plan-area-name").single();
        IntegerField from = $(IntegerField.class).withId("plan-area-from").single();
        IntegerField to = $(IntegerField.class).withId("plan-area-to").single();

        code.setValue("linh vuc");
        from.setValue(1800);
        test($(Button.class).withId("plan-area-save").single()).click();
        assertThat(code.getErrorMessage()).isEqualTo(translation("plans.error.area-code"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(translation("plans.error.area-name"));
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo(translation("plans.error.area-years"));
        assertThat(to.isInvalid()).isFalse();

        code.setValue("THU_BIEU_MAU");
        name.setValue("Lĩnh vực thử biểu mẫu");
        from.setValue(2026);
        to.setValue(2025);
        test($(Button.class).withId("plan-area-save").single()).click();
        assertThat(code.isInvalid()).isFalse();
        assertThat(from.isInvalid()).isFalse();
        assertThat(to.isInvalid()).as("the service's refusal is on the last year").isTrue();
        assertThat(to.getErrorMessage()).isEqualTo(translation("plans.error.area-years"));

        to.setValue(2030);
        code.setValue(taken);
        test($(Button.class).withId("plan-area-save").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(translation("plans.error.area-exists", taken));
        assertThat(shows("plan-area-save")).as("the dialog stays open").isTrue();
        assertThat(all()).as("nothing created").isEqualTo(before);
    }

    private int all() {
        return AsUser.call(AsUser.secretariat(), () -> areas.all().size());
    }
}
