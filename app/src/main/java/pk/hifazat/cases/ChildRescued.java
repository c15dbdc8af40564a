package pk.hifazat.cases;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.geography.DistrictCode;

/**
 * A child (a victim of the case) was rescued: where safeguarding starts. One event per child.
 *
 * @param district where the rescue took place; the case's district when the rescue did not say
 */
@DomainEvent
public record ChildRescued(CaseId caseId, CaseNumber number, PersonId child, LocalDate rescuedOn, DistrictCode district) {

    public ChildRescued {
        Objects.requireNonNull(district, "district");
    }
}
