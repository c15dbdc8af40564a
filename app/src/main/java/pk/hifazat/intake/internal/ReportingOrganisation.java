package pk.hifazat.intake.internal;

import java.time.Instant;
import java.util.UUID;

/** A platform, NCMEC or a partner agency that sends reports through the API. */
public record ReportingOrganisation(UUID id, String name, OrganisationKind kind, Instant createdAt) {
}
