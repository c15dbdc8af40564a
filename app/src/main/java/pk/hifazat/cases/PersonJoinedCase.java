package pk.hifazat.cases;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.units.UnitId;

/**
 * A person took a role in a case: for a victim, the day the child was identified, where
 * safeguarding's pathway begins. Carries no identifying detail, only what counting and following
 * the child need (age and gender as entered; for a victim, the abuser's relationship to the child
 * and the place of the incident; any may be null).
 */
@DomainEvent
public record PersonJoinedCase(CaseId caseId, CaseNumber number, UnitId unit, DistrictCode district, PersonId person,
                               CaseRole role, Integer age, String gender, Instant joinedAt,
                               AbuserRelationship relationship, IncidentPlace place) {

    /** A person who is not a victim, or a victim whose circumstances were not recorded. */
    public PersonJoinedCase(CaseId caseId, CaseNumber number, UnitId unit, DistrictCode district, PersonId person,
                            CaseRole role, Integer age, String gender, Instant joinedAt) {
        this(caseId, number, unit, district, person, role, age, gender, joinedAt, null, null);
    }
}
