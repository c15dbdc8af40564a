package pk.hifazat.safeguarding;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/** The alert about a missing or abducted child went to every unit of the province. */
@DomainEvent
public record MissingChildAlertSent(UUID record, String pseudonym, String provinceCode, Instant sentAt) {
}
