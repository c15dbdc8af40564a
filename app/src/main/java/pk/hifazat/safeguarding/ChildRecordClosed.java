package pk.hifazat.safeguarding;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/** A child's safeguarding record was closed, from whichever stage it had reached. */
@DomainEvent
public record ChildRecordClosed(ChildOnPathway child, PathwayStage from, ClosingReason reason, LocalDate on) {
}
