package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.inspections.InspectionTopicService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspection topic dialog without a browser: a malformed code, a missing English name and a negative order are
 * refused on their fields by Bean Validation, a code already taken by the service on the code; nothing is created.
 */
class TopicDialogFieldsTest extends ViewTest {

    @Autowired
    ViewUsers users;
    @Autowired
    InspectionTopicService topics;

    @Test
    void aBadCodeAMissingNameOrANegativeOrderIsRefusedOnItsFieldAndNothingIsCreated() {
        int before = all();
        String taken = AsUser.call(AsUser.secretariat(), () -> topics.all().getFirst().code());
        signIn(users.secretariat());
        assertThat(open("inspections/topics")).isInstanceOf(InspectionTopicsView.class);
        test($(Button.class).withId("topic-add").single()).click();
        TextField code = $(TextField.class).withId("topic-code").single();
        TextField name = $(TextField.class).withId("topic-name").single();
        TextField nameEn = $(TextField.class).withId("topic-name-en").single();
        IntegerField sort = $(IntegerField.class).withId("topic-sort").single();

        code.setValue("chu de");
        name.setValue("Chủ đề thử biểu mẫu");
        sort.setValue(-1);
        test($(Button.class).withId("topic-save").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(translation("inspections.error.topic-code"));
        assertThat(name.isInvalid()).isFalse();
        assertThat(nameEn.isInvalid()).isTrue();
        assertThat(nameEn.getErrorMessage()).isEqualTo(translation("inspections.error.topic-name"));
        assertThat(sort.isInvalid()).isTrue();
        assertThat(sort.getErrorMessage()).isEqualTo(translation("inspections.error.topic-sort"));

        code.setValue(taken);
        nameEn.setValue("Form test topic");
        sort.setValue(500);
        test($(Button.class).withId("topic-save").single()).click();
        assertThat(nameEn.isInvalid()).isFalse();
        assertThat(sort.isInvalid()).isFalse();
        assertThat(code.isInvalid()).as("the service's refusal is on the code").isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(translation("inspections.error.topic-exists", taken));
        assertThat(shows("topic-save")).as("the dialog stays open").isTrue();
        assertThat(all()).as("nothing created").isEqualTo(before);
    }

    private int all() {
        return AsUser.call(AsUser.secretariat(), () -> topics.all().size());
    }
}
