package pk.hifazat.units.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.geography.DistrictAdded;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.LocalisedName;
import pk.hifazat.units.Jurisdiction;
import pk.hifazat.units.Unit;
import pk.hifazat.units.UnitId;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

@Service
class UnitRegister implements Units {

    private final JdbcClient jdbc;
    private final RecentUnits recent = new RecentUnits(this::read);

    UnitRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Unit> all() {
        return recent.all();
    }

    private List<Unit> read() {
        return withJurisdictions(jdbc.sql("SELECT id, code, kind, name_en, name_ur, national FROM unit ORDER BY kind, name_en")
                .query(UnitRegister::row).list());
    }

    @Override
    public Optional<Unit> byId(UnitId id) {
        return one("SELECT id, code, kind, name_en, name_ur, national FROM unit WHERE id = ?", id.value());
    }

    @Override
    public Optional<Unit> byCode(String code) {
        return one("SELECT id, code, kind, name_en, name_ur, national FROM unit WHERE code = ?", code);
    }

    /** The district's unit of the lowest code, should two ever answer for it. */
    @Override
    public Optional<Unit> districtUnitOf(DistrictCode district) {
        return all().stream()
                .filter(u -> u.kind() == UnitKind.DISTRICT_UNIT && u.jurisdiction().districts().contains(district))
                .min(Comparator.comparing(Unit::code));
    }

    @Override
    @Transactional
    public Unit create(String code, UnitKind kind, LocalisedName name, boolean national, Set<DistrictCode> districts) {
        UUID id = UUID.randomUUID();
        recent.changed();
        jdbc.sql("INSERT INTO unit (id, code, kind, name_en, name_ur, national) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, code, kind.name(), name.english(), name.urdu(), national)
                .update();
        for (DistrictCode district : districts) {
            jdbc.sql("INSERT INTO unit_district (unit_id, district_code) VALUES (?, ?)").params(id, district.value()).update();
        }
        return byId(new UnitId(id)).orElseThrow();
    }

    /** Every district has its own cyber-crime unit, including those added after the reference data. */
    @ApplicationModuleListener
    void on(DistrictAdded added) {
        String code = "DCU-" + added.code().value();
        if (byCode(code).isEmpty()) {
            create(code, UnitKind.DISTRICT_UNIT,
                    new LocalisedName(added.name().english() + " Cyber Crime Unit", "سائبر کرائم یونٹ " + added.name().urdu()),
                    false, Set.of(added.code()));
        }
    }

    private Optional<Unit> one(String sql, Object parameter) {
        return withJurisdictions(jdbc.sql(sql).param(parameter).query(UnitRegister::row).list()).stream().findFirst();
    }

    private List<Unit> withJurisdictions(List<Unit> units) {
        if (units.isEmpty()) {
            return units;
        }
        Map<UUID, Set<DistrictCode>> districts = new HashMap<>();
        jdbc.sql("SELECT unit_id, district_code FROM unit_district WHERE unit_id IN (:ids)")
                .param("ids", units.stream().map(u -> u.id().value()).toList())
                .query(rs -> {
                    districts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                            .add(new DistrictCode(rs.getString(2)));
                });
        return units.stream()
                .map(u -> new Unit(u.id(), u.code(), u.kind(), u.name(), u.jurisdiction().national()
                        ? Jurisdiction.nationwide()
                        : new Jurisdiction(false, districts.getOrDefault(u.id().value(), Set.of()))))
                .toList();
    }

    private static Unit row(ResultSet rs, int n) throws SQLException {
        boolean national = rs.getBoolean(6);
        return new Unit(new UnitId(rs.getObject(1, UUID.class)), rs.getString(2), UnitKind.valueOf(rs.getString(3)),
                new LocalisedName(rs.getString(4), rs.getString(5)),
                national ? Jurisdiction.nationwide() : Jurisdiction.none());
    }
}
