package pk.hifazat.safeguarding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.privacy.PersonalData;

/** Missing and abducted children's records; the name sealed, bound to the record's id. */
@Repository
class MissingRecords {

    static final String NAME = "name";
    private static final String MISSING = """
            SELECT id, pseudonym, kind, age, gender, district_code, province_code, place, last_seen_at, reported_at,
                   alert_at, closed_at, close_reason FROM safeguarding_missing\s""";

    private final JdbcClient jdbc;
    private final PersonalData sealing;

    MissingRecords(JdbcClient jdbc, PersonalData sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    void insert(MissingRecord record, String name, UUID by) {
        jdbc.sql("""
                INSERT INTO safeguarding_missing (id, pseudonym, kind, age, gender, district_code, province_code, place,
                                                  last_seen_at, name_sealed, reported_at, reported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.id(), record.pseudonym(), record.kind().name(), record.age(), record.gender(),
                        record.district().value(), record.provinceCode(), record.place(), Timestamp.from(record.lastSeenAt()),
                        sealing.seal(name, record.id(), NAME), Timestamp.from(record.reportedAt()), by)
                .update();
    }

    Optional<MissingRecord> lock(UUID id) {
        return jdbc.sql(MISSING + "WHERE id = ? FOR UPDATE").param(id).query(this::row).optional();
    }

    void alerted(UUID id, Instant at, UUID by) {
        jdbc.sql("UPDATE safeguarding_missing SET alert_at = ?, alert_by = ? WHERE id = ?").params(Timestamp.from(at), by, id).update();
    }

    void closed(UUID id, Instant at, String reason) {
        jdbc.sql("UPDATE safeguarding_missing SET closed_at = ?, close_reason = ? WHERE id = ?")
                .params(Timestamp.from(at), reason, id).update();
    }

    /** Open records of these districts, and open alerted ones of these provinces; all when national. */
    List<MissingRecord> open(boolean national, Collection<DistrictCode> districts, Collection<String> provinces) {
        return jdbc.sql(MISSING + """
                WHERE closed_at IS NULL AND (? OR district_code = ANY(?) OR (alert_at IS NOT NULL AND province_code = ANY(?)))
                ORDER BY last_seen_at DESC""")
                .params(national, districts.stream().map(DistrictCode::value).toArray(String[]::new), provinces.toArray(String[]::new))
                .query(this::row).list();
    }

    private MissingRecord row(ResultSet rs, int n) throws SQLException {
        return new MissingRecord(rs.getObject("id", UUID.class), rs.getString("pseudonym"),
                MissingRecord.Kind.valueOf(rs.getString("kind")), rs.getObject("age", Integer.class), rs.getString("gender"),
                new DistrictCode(rs.getString("district_code")), rs.getString("province_code"), rs.getString("place"),
                instant(rs, "last_seen_at"), instant(rs, "reported_at"), instant(rs, "alert_at"), instant(rs, "closed_at"),
                rs.getString("close_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
