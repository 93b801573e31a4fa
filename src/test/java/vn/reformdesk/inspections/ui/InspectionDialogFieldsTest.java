package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.Period;
import vn.reformdesk.inspections.InspectionFilter;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspection form without a browser: a missing value is refused on its field by Bean Validation, and the
 * service's refusal (a date outside the planned month) lands on the field it names; nothing is saved.
 */
class InspectionDialogFieldsTest extends ViewTest {

    @Autowired
    ViewUsers users;
    @Autowired
    UnitService units;
    @Autowired
    InspectionQueries inspections;

    @SuppressWarnings("unchecked")
    @Test
    void aMissingTeamLeadAndUnitShowOnTheirFieldsAndTheServicesRefusalOnTheFieldItNames() {
        signIn(users.secretariat());
        assertThat(open("inspections/list?unit=892&period=2024")).isInstanceOf(InspectionsListView.class);
        long before = count();
        test($(Button.class).withId("inspection-new").single()).click();
        TextField lead = $(TextField.class).withId("inspection-lead").single();
        ComboBox<UnitRef> target = $(ComboBox.class).withId("inspection-target").single();
        test($(Button.class).withId("inspection-save").single()).click();

        assertThat(lead.isInvalid()).isTrue();
        assertThat(lead.getErrorMessage()).isEqualTo(translation("inspections.error.team-lead-required"));
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo(translation("inspections.error.target-required"));
        assertThat(shows("inspection-save")).as("the dialog stays open").isTrue();

        UnitRef chauThanh = units.findByCode("892", Period.year(2024)).orElseThrow();
        target.setValue(chauThanh);
        lead.setValue("Trưởng đoàn thử biểu mẫu");
        DatePicker plannedDate = $(DatePicker.class).withId("inspection-planned-date").single();
        plannedDate.setValue(LocalDate.of(2024, 3, 15));
        Select<Integer> month = $(Select.class).withId("inspection-month").single();
        month.setValue(5);
        test($(Button.class).withId("inspection-save").single()).click();
        if (shows("inspection-save-anyway")) {
            test($(Button.class).withId("inspection-save-anyway").single()).click();
        }

        assertThat(lead.isInvalid()).isFalse();
        assertThat(target.isInvalid()).isFalse();
        assertThat(plannedDate.isInvalid()).as("the service's refusal is on the planned date").isTrue();
        assertThat(plannedDate.getErrorMessage()).isEqualTo(translation("inspections.error.date-outside-month", "15/03/2024", "5"));
        assertThat(shows("inspection-problems")).isTrue();
        assertThat(count()).as("nothing saved").isEqualTo(before);
    }

    private long count() {
        return AsUser.call(AsUser.secretariat(), () -> inspections.count(InspectionFilter.of(
                units.findByCode("892", Period.year(2024)).orElseThrow().id(), Period.year(2024))));
    }
}
