package pk.hifazat.units;

import java.util.Set;

import pk.hifazat.geography.DistrictCode;

/** The districts a unit answers for; national units answer for every district. */
public record Jurisdiction(boolean national, Set<DistrictCode> districts) {

    public Jurisdiction {
        districts = Set.copyOf(districts);
    }

    public static Jurisdiction nationwide() {
        return new Jurisdiction(true, Set.of());
    }

    public static Jurisdiction none() {
        return new Jurisdiction(false, Set.of());
    }

    public boolean covers(DistrictCode district) {
        return national || districts.contains(district);
    }
}
