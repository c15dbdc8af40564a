package pk.hifazat.safeguarding;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.units.UnitId;

/**
 * A safeguarded child was referred to a Child Protection Bureau office.
 *
 * @param guardianSuspected whether a guardian of the child is a suspect, which the referral says
 */
@DomainEvent
public record ChildReferred(ChildOnPathway child, UnitId office, LocalDate on, boolean guardianSuspected) {
}
