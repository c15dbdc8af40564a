package pk.hifazat.cases;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.units.UnitId;

/**
 * A person took a role in a case: for a victim, the day the child was identified, where
 * safeguarding's pathway begins. Carries no identifying detail, only what counting and following
 * the child need (age and gender as entered, either may be null).
 */
@DomainEvent
public record PersonJoinedCase(CaseId caseId, CaseNumber number, UnitId unit, DistrictCode district, PersonId person,
                               CaseRole role, Integer age, String gender, Instant joinedAt) {
}
