package pk.hifazat.intake.internal.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator enters to add a reporting organisation. */
record NewOrganisationForm(
        @NotBlank(message = "{desk.apiKeys.organisation.name.required}")
        @Size(max = 120, message = "{desk.apiKeys.organisation.name.long}")
        String name,
        @NotBlank(message = "{desk.apiKeys.organisation.kind.required}")
        String kind) {

    static NewOrganisationForm empty() {
        return new NewOrganisationForm("", "");
    }
}
