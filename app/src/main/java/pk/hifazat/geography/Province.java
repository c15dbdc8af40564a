package pk.hifazat.geography;

/** A province or territory (Punjab, Sindh, Azad Kashmir, …). */
public record Province(String code, LocalisedName name) {
}
