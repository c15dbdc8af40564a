package pk.hifazat.safeguarding;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/** A child began rehabilitation at the office it was referred to. */
@DomainEvent
public record ChildRehabilitationStarted(ChildOnPathway child, LocalDate on) {
}
