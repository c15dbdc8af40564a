package pk.hifazat.identity.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create a user. */
record NewUserForm(
        @NotBlank(message = "{identity.user.username.required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,40}", message = "{identity.user.username.form}")
        String username,
        @NotBlank(message = "{identity.user.displayName.required}")
        @Size(max = 120, message = "{identity.user.displayName.long}")
        String displayName,
        @NotBlank(message = "{identity.user.role.required}")
        String role,
        @NotBlank(message = "{identity.user.unit.required}")
        String unitCode,
        @NotBlank(message = "{identity.user.password.required}")
        @Size(min = Passwords.MINIMUM_LENGTH, max = 200, message = "{identity.user.password.short}")
        String password) {

    static NewUserForm empty() {
        return new NewUserForm("", "", "", "", "");
    }
}
