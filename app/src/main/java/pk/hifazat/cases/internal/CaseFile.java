package pk.hifazat.cases.internal;

import java.time.Instant;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CaseOutcome;
import pk.hifazat.cases.CaseStatus;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.UnitId;

/** A case as stored: "case" itself is a word Java and SQL keep for themselves. */
public record CaseFile(CaseId id, CaseNumber number, UnitId unit, DistrictCode district, String title,
                       CaseStatus status, CaseOutcome outcome, UserId leadOfficer, boolean international,
                       Instant openedAt) {
}
