package pk.hifazat.intake;

import java.util.List;
import java.util.Optional;

/**
 * The reporting organisations as other modules may know them: for sharing something with an
 * organisation (a hash bank with a partner) and for telling which organisation's API key made the
 * current request on another module's partner API.
 */
public interface PartnerOrganisations {

    /** The organisation whose API key authenticated the current request; empty for anyone else. */
    Optional<OrganisationId> calling();

    /** Every reporting organisation, by name. */
    List<Partner> all();

    /** A reporting organisation's id and name. */
    record Partner(OrganisationId id, String name) {
    }
}
