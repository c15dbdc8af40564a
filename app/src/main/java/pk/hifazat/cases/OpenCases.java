package pk.hifazat.cases;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identifiers.Identifier;
import pk.hifazat.identity.UserId;
import pk.hifazat.intake.ReportId;

/**
 * What other modules ask of the open cases: triage, before it ranks a new report, whether the report
 * names someone already in an open case whose children are not yet safe; networks, which open cases
 * a network touches. Nothing here checks jurisdiction: callers show only what their viewer may see.
 */
public interface OpenCases {

    /**
     * Of these identifiers, those that a person in an open case has, where a victim of that case is
     * not yet rescued: one query for a whole batch, on the persons' identifier index.
     */
    Set<Identifier> withVictimsNotYetSafe(Collection<Identifier> identifiers);

    /** The open cases among these, or holding any of these reports, newest first. */
    List<OpenCase> touching(Collection<ReportId> reports, Collection<CaseId> cases);

    /** @param lead null when the case has no lead officer yet */
    record OpenCase(CaseId id, CaseNumber number, CaseStatus status, UserId lead, DistrictCode district) {
    }
}
