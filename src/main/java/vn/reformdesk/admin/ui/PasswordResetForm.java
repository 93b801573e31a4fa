package vn.reformdesk.admin.ui;

import jakarta.validation.constraints.NotBlank;

/**
 * What the administrator types to reset an account's password. {@code PasswordPolicy} checks the rest (length,
 * common and guessable passwords) and names the field {@code password}. Public because the binder creates it by
 * reflection.
 */
public record PasswordResetForm(
        @NotBlank(message = "admin.users.password-required")
        String password) {
}
