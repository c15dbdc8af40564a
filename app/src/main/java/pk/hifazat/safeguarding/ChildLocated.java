package pk.hifazat.safeguarding;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/** A child was found (where the child is, is known). */
@DomainEvent
public record ChildLocated(ChildOnPathway child, LocalDate on) {
}
