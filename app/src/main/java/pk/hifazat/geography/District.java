package pk.hifazat.geography;

/** A district: the area one district cyber-crime unit has jurisdiction over. */
public record District(DistrictCode code, String provinceCode, LocalisedName name, Double latitude, Double longitude) {
}
