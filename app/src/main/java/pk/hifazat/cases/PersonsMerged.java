package pk.hifazat.cases;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An officer found two person records to be one person: {@code merged} now reads as {@code kept}.
 * {@code undone} is true when a merge was taken back, and the two are separate again.
 */
@DomainEvent
public record PersonsMerged(PersonId kept, PersonId merged, boolean undone) {
}
