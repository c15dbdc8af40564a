package pk.hifazat.geography;

/** An administrator added a district that is newer than the reference data. */
public record DistrictAdded(DistrictCode code, String provinceCode, LocalisedName name) {
}
