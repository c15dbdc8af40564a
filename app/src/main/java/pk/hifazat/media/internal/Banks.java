package pk.hifazat.media.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.intake.OrganisationId;
import pk.hifazat.media.BankId;

/** The banks and whom they are shared with. Every change is followed by a {@link ChangeLog} entry. */
@Repository
class Banks {

    private static final String COLUMNS = "id, name, source, default_category, severity, pdq_radius, enabled, created_at, "
            + "created_by, retired_at";

    private final JdbcClient jdbc;
    private final ChangeLog changes;
    private final Clock clock;

    Banks(JdbcClient jdbc, ChangeLog changes, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.clock = clock;
    }

    List<Bank> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media_bank ORDER BY retired_at NULLS FIRST, lower(name)")
                .query(Banks::bank).list();
    }

    Optional<Bank> byId(BankId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media_bank WHERE id = ?").param(id.value()).query(Banks::bank).optional();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM media_bank WHERE lower(name) = lower(?)").param(name.strip())
                .query(Long.class).single() > 0;
    }

    Bank create(String name, String source, String defaultCategory, Severity severity, int radius, String by) {
        BankId id = new BankId(UUID.randomUUID());
        jdbc.sql("INSERT INTO media_bank (id, name, source, default_category, severity, pdq_radius, enabled, created_at, "
                        + "created_by) VALUES (?, ?, ?, ?, ?, ?, true, ?, ?)")
                .params(id.value(), name.strip(), source.strip(), defaultCategory.strip(), severity.name(), radius,
                        Timestamp.from(clock.instant()), by)
                .update();
        changes.bankChanged(id);
        return byId(id).orElseThrow();
    }

    void setEnabled(BankId id, boolean enabled) {
        jdbc.sql("UPDATE media_bank SET enabled = ? WHERE id = ? AND retired_at IS NULL").params(enabled, id.value()).update();
        changes.bankChanged(id);
    }

    void setRadius(BankId id, int radius) {
        jdbc.sql("UPDATE media_bank SET pdq_radius = ? WHERE id = ?").params(radius, id.value()).update();
        changes.bankChanged(id);
    }

    void retire(BankId id, String by) {
        jdbc.sql("UPDATE media_bank SET retired_at = ?, retired_by = ?, enabled = false WHERE id = ? AND retired_at IS NULL")
                .params(Timestamp.from(clock.instant()), by, id.value()).update();
        changes.bankChanged(id);
    }

    /** Live entries per bank, those with a PDQ hash, and those removed: kept as entries come and go, not counted here. */
    Map<BankId, EntryCounts> counts() {
        return jdbc.sql("SELECT bank_id, live, pdq, removed FROM media_bank_tally")
                .query((rs, n) -> Map.entry(new BankId(rs.getObject(1, UUID.class)),
                        new EntryCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<OrganisationId> sharedWith(BankId id) {
        return jdbc.sql("SELECT organisation_id FROM media_bank_share WHERE bank_id = ?").param(id.value())
                .query((rs, n) -> new OrganisationId(rs.getObject(1, UUID.class))).list();
    }

    /** The banks shared with the organisation that are matching now. */
    List<BankId> sharedWith(OrganisationId organisation) {
        return jdbc.sql("SELECT s.bank_id FROM media_bank_share s JOIN media_bank b ON b.id = s.bank_id "
                        + "WHERE s.organisation_id = ? AND b.enabled AND b.retired_at IS NULL")
                .param(organisation.value()).query((rs, n) -> new BankId(rs.getObject(1, UUID.class))).list();
    }

    boolean share(BankId id, OrganisationId organisation, String by) {
        return jdbc.sql("INSERT INTO media_bank_share (bank_id, organisation_id, shared_at, shared_by) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(id.value(), organisation.value(), Timestamp.from(clock.instant()), by).update() > 0;
    }

    boolean unshare(BankId id, OrganisationId organisation) {
        return jdbc.sql("DELETE FROM media_bank_share WHERE bank_id = ? AND organisation_id = ?")
                .params(id.value(), organisation.value()).update() > 0;
    }

    private static Bank bank(ResultSet rs, int row) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        return new Bank(new BankId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("source"),
                rs.getString("default_category"), Severity.valueOf(rs.getString("severity")), rs.getInt("pdq_radius"),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                retired == null ? null : retired.toInstant());
    }

    /** How many entries a bank has. */
    record EntryCounts(long live, long pdq, long removed) {
        static final EntryCounts NONE = new EntryCounts(0, 0, 0);
    }
}
