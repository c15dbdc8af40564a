package pk.hifazat.units;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.LocalisedName;

public interface Units {

    List<Unit> all();

    Optional<Unit> byId(UnitId id);

    Optional<Unit> byCode(String code);

    /** The cyber-crime unit of a district: where its reports and cases are routed. */
    Optional<Unit> districtUnitOf(DistrictCode district);

    Unit create(String code, UnitKind kind, LocalisedName name, boolean national, Set<DistrictCode> districts);
}
