package pk.hifazat.cases;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.linking.ClusterId;
import pk.hifazat.units.UnitId;

/**
 * A case was opened. Its reports, if any, follow in {@link ReportsAttachedToCase} in the same transaction.
 *
 * @param cluster the cluster it was opened from; null otherwise
 */
@DomainEvent
public record CaseOpened(CaseId caseId, CaseNumber number, UnitId unit, DistrictCode district, ClusterId cluster,
                         Instant openedAt) {
}
