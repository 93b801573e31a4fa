package vn.reformdesk.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.UserFacingException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal on a row of fields without a form record (a line of the scoring sheet) lands on the field the service
 * names, in the user's language; a refusal that names no field of the row lands on the fallback; an earlier error
 * on another field is cleared.
 */
class FormsShowOnTest {

    @Test
    void aRefusalLandsOnTheFieldItNamesElseOnTheFallbackAndEarlierErrorsAreCleared() {
        TextField points = new TextField();
        TextArea reason = new TextArea();
        Map<String, com.vaadin.flow.component.HasValidation> row = Map.of("points", points, "reason", reason);

        Forms.showOn(UserFacingException.onField("reason", "rankings.round.reason-required"), AppLocales.VIETNAMESE, row, points);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(AppI18NProvider.text("rankings.round.reason-required", AppLocales.VIETNAMESE));
        assertThat(points.isInvalid()).isFalse();

        Forms.showOn(new UserFacingException("rankings.round.points-required"), AppLocales.ENGLISH, row, points);
        assertThat(points.isInvalid()).isTrue();
        assertThat(points.getErrorMessage()).isEqualTo(AppI18NProvider.text("rankings.round.points-required", AppLocales.ENGLISH));
        assertThat(reason.isInvalid()).as("the earlier error is cleared").isFalse();

        Forms.showOn(UserFacingException.onField("unknown", "rankings.round.points-required"), AppLocales.VIETNAMESE, row, reason);
        assertThat(reason.isInvalid()).as("a field not in the row falls back").isTrue();
        assertThat(points.isInvalid()).isFalse();
    }
}
