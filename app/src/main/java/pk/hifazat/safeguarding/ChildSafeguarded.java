package pk.hifazat.safeguarding;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/** A child was safeguarded: rescued and taken to safety. */
@DomainEvent
public record ChildSafeguarded(ChildOnPathway child, LocalDate on) {
}
