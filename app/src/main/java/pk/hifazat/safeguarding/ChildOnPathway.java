package pk.hifazat.safeguarding;

import pk.hifazat.cases.CaseId;
import pk.hifazat.geography.DistrictCode;

/**
 * What every pathway event says about the child, enough to count them (statistics) and nothing that
 * identifies them: the pseudonym, the case, the district, age and gender as entered (either may be null).
 */
public record ChildOnPathway(ChildId child, String pseudonym, CaseId caseId, DistrictCode district, Integer age,
                             String gender) {
}
