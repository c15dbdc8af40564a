package pk.hifazat.safeguarding;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.PersonId;
import pk.hifazat.geography.DistrictCode;

/**
 * What every pathway event says about the child, enough to count them (statistics) and nothing that
 * identifies them: the pseudonym, the case and the child's person record in it (an opaque id), the
 * district, age and gender as entered (either may be null).
 */
public record ChildOnPathway(ChildId child, String pseudonym, CaseId caseId, PersonId person, DistrictCode district,
                             Integer age, String gender) {
}
