package pk.hifazat.cases;

import java.util.List;

/**
 * The offences a case names, by code (for example {@code PPC-377A}), for counting cases by kind of
 * crime. Checks no jurisdiction and shows nothing of the case.
 */
public interface CaseOffences {

    /** The case's offence codes, in the configured order of offences; empty for an unknown case. */
    List<String> of(CaseId caseId);
}
