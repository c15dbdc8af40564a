package pk.hifazat.geography;

import org.jmolecules.event.annotation.DomainEvent;

/** An administrator added a district that is newer than the reference data. */
@DomainEvent
public record DistrictAdded(DistrictCode code, String provinceCode, LocalisedName name) {
}
