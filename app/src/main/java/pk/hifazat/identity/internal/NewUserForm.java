package pk.hifazat.identity.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create a user. */
record NewUserForm(
        @NotBlank(message = "{identity.user.username.required}")
        // Each pattern accepts an empty value, which @NotBlank alone reports, so that no field is named twice.
        @Pattern(regexp = "([A-Za-z0-9._-]{3,40})?", message = "{identity.user.username.form}")
        String username,
        @NotBlank(message = "{identity.user.displayName.required}")
        @Size(max = 120, message = "{identity.user.displayName.long}")
        String displayName,
        @NotBlank(message = "{identity.user.role.required}")
        String role,
        @NotBlank(message = "{identity.user.unit.required}")
        String unitCode,
        @NotBlank(message = "{identity.user.password.required}")
        @Pattern(regexp = "(?s)(.{" + Passwords.MINIMUM_LENGTH + ",200})?", message = "{identity.user.password.short}")
        String password) {

    static NewUserForm empty() {
        return new NewUserForm("", "", "", "", "");
    }
}
