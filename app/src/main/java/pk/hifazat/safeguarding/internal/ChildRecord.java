package pk.hifazat.safeguarding.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.PersonId;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.safeguarding.ChildId;
import pk.hifazat.safeguarding.ChildOnPathway;
import pk.hifazat.safeguarding.ClosingReason;
import pk.hifazat.safeguarding.PathwayStage;
import pk.hifazat.units.UnitId;

/** A child's record without its sealed details: what every list and the pathway's guards need. */
public record ChildRecord(ChildId id, PersonId person, String pseudonym, CaseId caseId, String caseNumber, UnitId unit,
                          DistrictCode district, Integer age, String gender, PathwayStage stage, LocalDate stageSince,
                          LocalDate identifiedOn, LocalDate locatedOn, LocalDate safeguardedOn, String safeguardedPlace,
                          List<UUID> safeguardedBy, UnitId office, LocalDate referredOn, String referralNote,
                          LocalDate rehabilitationOn, LocalDate closedOn, ClosingReason closeReason) {

    public ChildRecord {
        safeguardedBy = List.copyOf(safeguardedBy);
    }

    /** How the child is shown everywhere: {@code Child M-07}. */
    public String shown() {
        return "Child " + pseudonym;
    }

    public long daysAtStage(LocalDate today) {
        return ChronoUnit.DAYS.between(stageSince, today);
    }

    ChildOnPathway onPathway() {
        return new ChildOnPathway(id, pseudonym, caseId, person, district, age, gender);
    }
}
