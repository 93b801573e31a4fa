package vn.reformdesk.dossiers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.ReportedTotalService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;
import vn.reformdesk.units.UnitService;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reported-totals dialog without a browser: a missing required total and a negative one are refused on their
 * fields by Bean Validation, online dossiers above those received by the service on the online field (which the
 * service names by its file column); nothing is saved.
 */
class TotalsDialogFieldsTest extends ViewTest {

    @Autowired
    ViewUsers users;
    @Autowired
    UnitService units;
    @Autowired
    ReportedTotalService totals;

    @Test
    void aMissingOrNegativeTotalAndOnlineAboveReceivedAreRefusedOnTheirFields() {
        Optional<ReportedTotalService.Entry> before = saved();
        signIn(users.secretariat());
        assertThat(open("dossiers?unit=892&period=2023")).isInstanceOf(DossiersView.class);
        test($(Button.class).withId("dossiers-totals-enter").single()).click();
        IntegerField received = $(IntegerField.class).withId("totals-received").single();
        IntegerField online = $(IntegerField.class).withId("totals-received_online").single();
        IntegerField early = $(IntegerField.class).withId("totals-early").single();
        IntegerField onTime = $(IntegerField.class).withId("totals-on_time").single();

        received.clear();
        early.setValue(-1);
        onTime.clear();
        test($(Button.class).withId("totals-save").single()).click();
        assertThat(received.isInvalid()).isTrue();
        assertThat(received.getErrorMessage()).isEqualTo(translation("dossiers.totals.error.required"));
        assertThat(early.isInvalid()).isTrue();
        assertThat(early.getErrorMessage()).isEqualTo(translation("dossiers.totals.error.not-negative"));
        assertThat(onTime.getErrorMessage()).isEqualTo(translation("dossiers.totals.error.required"));
        assertThat(online.isInvalid()).isFalse();

        received.setValue(10);
        online.setValue(20);
        early.setValue(5);
        onTime.setValue(3);
        test($(Button.class).withId("totals-save").single()).click();
        assertThat(received.isInvalid()).isFalse();
        assertThat(early.isInvalid()).isFalse();
        assertThat(online.isInvalid()).as("the service's refusal is on the online field").isTrue();
        assertThat(online.getErrorMessage()).isEqualTo(translation("dossiers.totals.error.online-above-received"));
        assertThat(shows("totals-save")).as("the dialog stays open").isTrue();
        assertThat(saved()).as("nothing saved").isEqualTo(before);
    }

    private Optional<ReportedTotalService.Entry> saved() {
        return AsUser.call(AsUser.secretariat(), () -> totals.find(units.readable(units.findByCode("892", Period.year(2023)).orElseThrow()),
                Period.year(2023)));
    }
}
