package pk.hifazat.units;

import pk.hifazat.geography.LocalisedName;

public record Unit(UnitId id, String code, UnitKind kind, LocalisedName name, Jurisdiction jurisdiction) {
}
