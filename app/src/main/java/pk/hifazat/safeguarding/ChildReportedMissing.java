package pk.hifazat.safeguarding;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.geography.DistrictCode;

/**
 * A child was reported missing or abducted (Sahil's categories), recorded at once.
 *
 * @param abducted true for an abduction, false for a child missing
 */
@DomainEvent
public record ChildReportedMissing(UUID record, String pseudonym, boolean abducted, Integer age, String gender,
                                   DistrictCode district, Instant lastSeenAt) {
}
