package vn.reformdesk.rankings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;
import vn.reformdesk.units.UnitTier;
import vn.reformdesk.units.UnitService;

import java.math.BigDecimal;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index definition page's two forms without a browser. The new-index form: an empty code and name and no tier
 * are refused on their fields by Bean Validation, a band without its minimum by the band reader on the bands field,
 * and nothing is defined. The national-result row: an empty value by Bean Validation, a value above the scale by the
 * service on the value field, a rank of 0 on the rank field.
 */
class IndexDefinitionFieldsTest extends ViewTest {

    private static final String PAGE = "rankings/define?unit=89&period=2015";

    @Autowired
    ViewUsers users;
    @Autowired
    IndexService indexes;
    @Autowired
    RankingService rankings;
    @Autowired
    UnitService units;

    @SuppressWarnings("unchecked")
    @Test
    void aNewIndexWithoutCodeNameTiersOrReadableBandsIsRefusedOnItsFields() {
        int before = defined();
        signIn(users.secretariat());
        assertThat(open(PAGE)).isInstanceOf(IndexDefinitionView.class);
        // the page's year, before the picker's usual first year, is shown and offered in the header's year picker
        ComboBox<Integer> year = $(ComboBox.class).withClassName("header-year-picker").single();
        assertThat(year.getValue()).isEqualTo(2015);
        assertThat(year.getListDataView().getItems().toList()).contains(2015, 2016, 2024).endsWith(2015);
        TextField code = $(TextField.class).withId("rk-def-code").single();
        TextField name = $(TextField.class).withId("rk-def-name").single();
        CheckboxGroup<UnitTier> tiers = $(CheckboxGroup.class).withId("rk-def-tiers").single();
        TextField bands = $(TextField.class).withId("rk-def-bands").single();

        test($(Button.class).withId("rk-def-save").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(translation("rankings.error.code-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(tiers.isInvalid()).isTrue();
        assertThat(tiers.getErrorMessage()).isEqualTo(translation("rankings.error.no-tiers"));
        assertThat(bands.isInvalid()).isFalse();

        code.setValue("THU_BIEU_MAU");
        name.setValue("Chỉ số thử biểu mẫu");
        tiers.setValue(Set.of(UnitTier.DEPARTMENT));
        bands.setValue("Tốt/Good=90; Khá/Fair=nhiều");
        test($(Button.class).withId("rk-def-save").single()).click();
        assertThat(code.isInvalid()).isFalse();
        assertThat(tiers.isInvalid()).isFalse();
        assertThat(bands.isInvalid()).as("the band reader's refusal is on the bands").isTrue();
        assertThat(bands.getErrorMessage()).isEqualTo(translation("rankings.error.band-format", "Khá/Fair=nhiều"));
        assertThat(defined()).as("nothing defined").isEqualTo(before);
    }

    @Test
    void aNationalResultWithoutValueAboveItsScaleOrRankedZeroIsRefusedOnItsField() {
        signIn(users.secretariat());
        assertThat(open(PAGE)).isInstanceOf(IndexDefinitionView.class);
        BigDecimalField value = $(BigDecimalField.class).withId("rk-national-value").single();
        BigDecimalField scale = $(BigDecimalField.class).withId("rk-national-scale").single();
        IntegerField rank = $(IntegerField.class).withId("rk-national-rank").single();

        value.clear();
        rank.setValue(0);
        test($(Button.class).withId("rk-national-save").single()).click();
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo(translation("rankings.national.missing"));
        assertThat(rank.isInvalid()).isTrue();
        assertThat(rank.getErrorMessage()).isEqualTo(translation("rankings.error.national-rank"));

        rank.setValue(5);
        value.setValue(scale.getValue().add(BigDecimal.TEN));
        test($(Button.class).withId("rk-national-save").single()).click();
        assertThat(rank.isInvalid()).isFalse();
        assertThat(value.isInvalid()).as("the service's refusal is on the value").isTrue();
        assertThat(value.getErrorMessage()).isEqualTo(translation("rankings.error.national-range",
                value.getValue().toPlainString(), scale.getValue().stripTrailingZeros().toPlainString()));
    }

    private int defined() {
        return AsUser.call(AsUser.secretariat(), () -> indexes.indexes(rankings.provinceOf(units.findByCode("89",
                vn.reformdesk.base.Period.year(2015)).orElseThrow()), 2015).size());
    }
}
