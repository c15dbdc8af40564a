package pk.hifazat.intake;

import java.util.UUID;

import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.OrganisationKind;
import pk.hifazat.intake.internal.ReportingOrganisations;

/** Creates a reporting organisation with a fresh API key for a test; each with a unique name. */
public class TestOrganisations {

    /** An organisation and the secret of its key, for {@code Authorization: Bearer}. */
    public record Client(UUID organisation, UUID keyId, String key) {

        public String bearer() {
            return "Bearer " + key;
        }
    }

    private final ReportingOrganisations organisations;
    private final ApiKeys keys;

    public TestOrganisations(ReportingOrganisations organisations, ApiKeys keys) {
        this.organisations = organisations;
        this.keys = keys;
    }

    public Client create() {
        var organisation = organisations.add("Test platform " + UUID.randomUUID(), OrganisationKind.PLATFORM);
        var issued = keys.issue(organisation.id(), "test", "test");
        return new Client(organisation.id(), issued.key().id(), issued.secret());
    }
}
