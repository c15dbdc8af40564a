package pk.hifazat.cases;

import java.util.List;
import java.util.Optional;

import pk.hifazat.identifiers.Identifier;

/**
 * A case person as the graph of networks may show them: the pseudonym, never the name, and the
 * identifiers (their own and those of the records merged into them). Nothing here checks
 * jurisdiction: callers show it only where their own rules allow.
 */
public interface PersonIdentifiers {

    Optional<PersonIdentity> of(PersonId person);

    /** @param pseudonym {@code P-00042}, what pictures and lists show */
    record PersonIdentity(PersonId id, String pseudonym, List<Identifier> identifiers) {

        public PersonIdentity {
            identifiers = List.copyOf(identifiers);
        }
    }
}
