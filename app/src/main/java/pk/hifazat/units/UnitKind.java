package pk.hifazat.units;

public enum UnitKind {
    HEADQUARTERS, ZONAL_OFFICE, DISTRICT_UNIT, CPB_OFFICE
}
