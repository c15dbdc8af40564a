package pk.hifazat.intake.internal;

import java.util.UUID;

/** The reporting organisation behind an API request, as its key identified it. */
public record ApiClient(UUID organisation, String organisationName, UUID key, String keyPrefix) {

    /** How the audit log names this client: the key, not the organisation, since keys are revoked one by one. */
    public String actor() {
        return "api-key:" + keyPrefix;
    }
}
