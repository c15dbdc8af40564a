package pk.hifazat.geography.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import pk.hifazat.geography.District;
import pk.hifazat.geography.DistrictAdded;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;
import pk.hifazat.geography.LocalisedName;
import pk.hifazat.geography.Province;

/**
 * The districts held in the database, with a name index rebuilt whenever one is added. Reads come
 * from an immutable snapshot: districts change a few times a year, lookups happen on every report.
 */
@Service
class DistrictRegister implements Districts {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Map<String, List<String>> aliases;
    private volatile Snapshot snapshot;

    DistrictRegister(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.aliases = readAliases();
        this.snapshot = load();
    }

    private record Snapshot(List<Province> provinces, List<District> districts, Map<DistrictCode, District> byCode,
                            DistrictNameIndex names) {
    }

    private Snapshot load() {
        List<Province> provinces = jdbc.sql("SELECT code, name_en, name_ur FROM province ORDER BY name_en")
                .query((rs, n) -> new Province(rs.getString(1), new LocalisedName(rs.getString(2), rs.getString(3))))
                .list();
        List<District> districts = jdbc.sql("""
                        SELECT code, province_code, name_en, name_ur, lat, lon FROM district ORDER BY name_en""")
                .query((rs, n) -> new District(new DistrictCode(rs.getString(1)), rs.getString(2),
                        new LocalisedName(rs.getString(3), rs.getString(4)),
                        (Double) rs.getObject(5), (Double) rs.getObject(6)))
                .list();
        Map<DistrictCode, District> byCode = new HashMap<>();
        districts.forEach(d -> byCode.put(d.code(), d));
        return new Snapshot(List.copyOf(provinces), List.copyOf(districts), Map.copyOf(byCode),
                DistrictNameIndex.of(districts, aliases));
    }

    private static Map<String, List<String>> readAliases() {
        Map<String, List<String>> aliases = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("geography/district-aliases.csv").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comma = line.indexOf(',');
                aliases.computeIfAbsent(line.substring(0, comma).trim(), k -> new ArrayList<>())
                        .add(line.substring(comma + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The district alias list is missing from the application", e);
        }
        return aliases;
    }

    @Override
    public List<Province> provinces() {
        return snapshot.provinces();
    }

    @Override
    public List<District> all() {
        return snapshot.districts();
    }

    @Override
    public Optional<District> byCode(DistrictCode code) {
        return Optional.ofNullable(snapshot.byCode().get(code));
    }

    @Override
    public Optional<District> find(String text) {
        return snapshot.names().find(text);
    }

    /** Adds a district newer than the reference data; its district unit follows from the event. */
    @Transactional
    public District add(DistrictCode code, String provinceCode, LocalisedName name) {
        jdbc.sql("INSERT INTO district (code, province_code, name_en, name_ur) VALUES (?, ?, ?, ?)")
                .params(code.value(), provinceCode, name.english(), name.urdu())
                .update();
        events.publishEvent(new DistrictAdded(code, provinceCode, name));
        return new District(code, provinceCode, name, null, null);
    }

    /** Lookups see a new district once it is committed, never one whose transaction rolled back. */
    @TransactionalEventListener
    void on(DistrictAdded added) {
        snapshot = load();
    }

    boolean exists(DistrictCode code) {
        return jdbc.sql("SELECT count(*) FROM district WHERE code = ?").param(code.value()).query(Integer.class).single() > 0;
    }

    boolean provinceExists(String provinceCode) {
        return jdbc.sql("SELECT count(*) FROM province WHERE code = ?").param(provinceCode).query(Integer.class).single() > 0;
    }
}
