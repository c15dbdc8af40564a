package pk.hifazat.identity.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator may change in an existing user's account. */
record UserChangeForm(
        @NotBlank(message = "{identity.user.displayName.required}")
        @Size(max = 120, message = "{identity.user.displayName.long}")
        String displayName,
        @NotBlank(message = "{identity.user.role.required}")
        String role,
        @NotBlank(message = "{identity.user.unit.required}")
        String unitCode) {
}
