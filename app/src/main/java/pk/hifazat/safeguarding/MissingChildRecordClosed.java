package pk.hifazat.safeguarding;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/** A missing or abducted child's record was closed (found, returned…); its alert is no longer shown. */
@DomainEvent
public record MissingChildRecordClosed(UUID record, String pseudonym, boolean found, Instant closedAt) {
}
