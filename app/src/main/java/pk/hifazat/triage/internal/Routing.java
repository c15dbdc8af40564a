package pk.hifazat.triage.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.units.Unit;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

/** Which unit a district's reports go to, and whose supervisor hears of an unclaimed P1. */
@Component
class Routing {

    private final Units units;

    Routing(Units units) {
        this.units = units;
    }

    /** The district's cyber-crime unit; the national intake queue (headquarters) when the district is unknown or has none. */
    Unit unitFor(DistrictCode district) {
        return Optional.ofNullable(district).flatMap(units::districtUnitOf).orElseGet(this::national);
    }

    /** The zonal office whose jurisdiction covers the district; headquarters when none does. */
    Unit zoneOf(DistrictCode district) {
        if (district == null) {
            return national();
        }
        return units.all().stream()
                .filter(u -> u.kind() == UnitKind.ZONAL_OFFICE && u.jurisdiction().covers(district))
                .findFirst().orElseGet(this::national);
    }

    Unit national() {
        return units.all().stream()
                .filter(u -> u.kind() == UnitKind.HEADQUARTERS && u.jurisdiction().national())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No national headquarters unit: the national intake queue has nowhere to be"));
    }
}
