package pk.hifazat.cases;

import java.util.Collection;
import java.util.Set;

import pk.hifazat.identifiers.Identifier;

/**
 * What triage asks of the cases before it ranks a new report: whether the report names someone
 * already in an open case whose children are not yet safe. Nothing here checks jurisdiction — it
 * answers yes or no for ranking, and shows no case.
 */
public interface OpenCases {

    /**
     * Of these identifiers, those that a person in an open case has, where a victim of that case is
     * not yet rescued: one query for a whole batch, on the persons' identifier index.
     */
    Set<Identifier> withVictimsNotYetSafe(Collection<Identifier> identifiers);
}
