package vn.reformdesk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.security.Roles;
import vn.reformdesk.security.UserService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;
import vn.reformdesk.units.UnitRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's password-reset and role dialogs without a browser: an empty password is refused on its field
 * by Bean Validation, a short one by the password policy on that field; a leader without a unit by the service on
 * the unit field; nothing changes.
 */
class AccountDialogsFieldsTest extends ViewTest {

    private static final String LEADER = "chauthanh";

    @Autowired
    ViewUsers users;
    @Autowired
    UserService accounts;

    @SuppressWarnings("unchecked")
    @Test
    void anEmptyOrShortPasswordAndALeaderWithoutAUnitAreRefusedOnTheirFields() {
        UserService.UserSummary before = account();
        signIn(users.admin());
        assertThat(open("admin/users")).isInstanceOf(UsersView.class);
        Grid<UserService.UserSummary> grid = $(Grid.class).withId("users-grid").single();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).username().equals(LEADER)) {
                row = i;
            }
        }
        assertThat(row).as("the demo leader's row").isNotNegative();
        test(grid).getCellComponent(row, "actions");

        test($(Button.class).withId("user-reset-" + LEADER).single()).click();
        PasswordField password = $(PasswordField.class).withId("reset-password").single();
        // the help says the length the policy asks for (8 in demo mode, 12 otherwise), not a fixed number
        assertThat(password.getHelperText()).isEqualTo(translation("security.password.help", accounts.passwordMinLength()));
        assertThat(password.getHelperText()).contains(String.valueOf(accounts.passwordMinLength()));
        test($(Button.class).withId("reset-save").single()).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(translation("admin.users.password-required"));
        password.setValue("abc");
        test($(Button.class).withId("reset-save").single()).click();
        assertThat(password.isInvalid()).as("the policy's refusal is on the password").isTrue();
        assertThat(password.getErrorMessage()).startsWith(translation("security.password.too-short", 12).substring(0, 10));
        assertThat(shows("reset-save")).as("the dialog stays open").isTrue();
        $(Dialog.class).all().forEach(Dialog::close);

        test($(Button.class).withId("user-role-" + LEADER).single()).click();
        ComboBox<String> role = $(ComboBox.class).withId("role-role").single();
        ComboBox<UnitRef> unit = $(ComboBox.class).withId("role-unit").single();
        assertThat(role.getValue()).isEqualTo(Roles.UNIT_LEADER);
        role.clear();
        test($(Button.class).withId("role-save").single()).click();
        assertThat(role.isInvalid()).isTrue();
        assertThat(role.getErrorMessage()).isEqualTo(translation("admin.users.role-required"));
        role.setValue(Roles.UNIT_LEADER);
        unit.clear();
        test($(Button.class).withId("role-save").single()).click();
        assertThat(role.isInvalid()).isFalse();
        assertThat(unit.isInvalid()).as("the service's refusal is on the unit").isTrue();
        assertThat(unit.getErrorMessage()).isEqualTo(translation("security.account.leader-unit"));
        assertThat(account()).as("nothing changed").isEqualTo(before);
    }

    private UserService.UserSummary account() {
        return AsUser.call(AsUser.admin(), () -> accounts.list().stream().filter(u -> u.username().equals(LEADER)).findFirst()
                .orElseThrow());
    }
}
