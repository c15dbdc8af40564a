package pk.hifazat.intake;

import java.util.Objects;
import java.util.UUID;

/** A reporting organisation (a platform, NCMEC, a partner agency) that sends reports over the API. */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "an organisation id");
    }

    /** The organisation's id, or null for a report that no organisation sent (a public tip). */
    public static OrganisationId ofNullable(UUID value) {
        return value == null ? null : new OrganisationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
