package pk.hifazat.safeguarding;

import java.util.Collection;
import java.util.Map;

import pk.hifazat.cases.PersonId;

/**
 * The pseudonym a child is known by everywhere ({@code M-07}, shown as "Child M-07"), for another
 * module that shows or exports a case's children (a case package for a partner abroad). Persons who
 * are no child on a pathway are left out of the answer; nothing here checks jurisdiction.
 */
public interface ChildPseudonyms {

    Map<PersonId, String> of(Collection<PersonId> persons);
}
