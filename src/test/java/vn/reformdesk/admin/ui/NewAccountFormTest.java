package vn.reformdesk.admin.ui;

import org.junit.jupiter.api.Test;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/** The new-account form: Bean Validation on its record, errors translated on their fields, the service's refusal too. */
class NewAccountFormTest {

    private static NewAccountFields filled(String username) {
        NewAccountFields f = new NewAccountFields(AppLocales.VIETNAMESE);
        f.username.setValue(username);
        f.displayName.setValue(" Nguyễn Văn A ");
        f.password.setValue("password1");
        f.role.setValue(Roles.CHAIR);
        return f;
    }

    @Test
    void aUserNameWithASpaceIsRefusedOnItsFieldInTheUsersLanguage() {
        NewAccountFields f = filled("x y");
        assertThat(f.value()).isEmpty();
        assertThat(f.username.isInvalid()).isTrue();
        assertThat(f.username.getErrorMessage())
                .isEqualTo(AppI18NProvider.text("security.account.username-format", AppLocales.VIETNAMESE))
                .startsWith("Tên đăng nhập");
        assertThat(f.displayName.isInvalid()).isFalse();
    }

    @Test
    void anEmptyRoleIsRequired() {
        NewAccountFields f = filled("chutich2");
        f.role.clear();
        assertThat(f.value()).isEmpty();
        assertThat(f.role.isInvalid()).isTrue();
        assertThat(f.role.getErrorMessage()).isEqualTo(AppI18NProvider.text("admin.users.required", AppLocales.VIETNAMESE));
    }

    @Test
    void aCompleteFormGivesItsRecordAndTheServicesRefusalLandsOnTheFieldItNames() {
        NewAccountFields f = filled("chutich2");
        NewAccountForm form = f.value().orElseThrow();
        assertThat(form.username()).isEqualTo("chutich2");
        assertThat(form.displayName()).isEqualTo("Nguyễn Văn A");
        assertThat(form.unit()).isNull();

        assertThat(f.show(UserFacingException.onField("unit", "security.account.leader-unit"))).isTrue();
        assertThat(f.unit.isInvalid()).isTrue();
        assertThat(f.unit.getErrorMessage()).isEqualTo(AppI18NProvider.text("security.account.leader-unit", AppLocales.VIETNAMESE));
        assertThat(f.show(new UserFacingException("security.account.own-role"))).as("no field: a notification").isFalse();
    }
}
