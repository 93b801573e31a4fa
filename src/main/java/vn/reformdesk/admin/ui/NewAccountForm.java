package vn.reformdesk.admin.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.units.UnitRef;

/**
 * What the administrator types to create an account. The constraints' messages are keys, shown translated on the
 * field ({@code base/ui/Forms}); {@code UserService.create} checks again and names the field it refuses.
 * Public because the binder creates it by reflection ({@code Binder.writeRecord}).
 */
public record NewAccountForm(
        @NotBlank(message = "admin.users.required")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "security.account.username-format")
        String username,
        @NotBlank(message = "admin.users.required")
        String displayName,
        @NotBlank(message = "admin.users.required")
        String password,
        @NotNull(message = "admin.users.required")
        String role,
        @Nullable UnitRef unit) {
}
