package vn.reformdesk.admin.ui;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.units.UnitRef;

/**
 * An account's role and, for a unit leader, its unit. {@code UserService.changeRole} checks that a leader has a unit
 * and no one else has (field {@code unit}). Public because the binder creates it by reflection.
 */
public record RoleForm(
        @NotNull(message = "admin.users.role-required")
        String role,
        @Nullable UnitRef unit) {
}
