package pk.hifazat.cases.internal;

import java.util.List;

import pk.hifazat.cases.CaseRole;
import pk.hifazat.identifiers.Identifier;
import pk.hifazat.intake.ReportId;

/**
 * What a person's page shows, limited to the user's jurisdiction: their roles, the other cases and
 * the reports their identifiers appear in, possible duplicates, and merges.
 */
public record PersonPage(PersonRecord person, List<RoleInCase> roles, List<CaseFile> relatedCases, List<ReportNaming> reports,
                  List<PersonRecord> duplicates, List<PersonRecords.Merge> merges) {

    public record RoleInCase(CaseFile file, CaseRole role, String standing) {
    }

    public record ReportNaming(ReportId report, Identifier identifier, List<CaseFile> cases) {
    }

    public boolean victimAnywhere() {
        return roles.stream().anyMatch(r -> r.role() == CaseRole.VICTIM);
    }
}
