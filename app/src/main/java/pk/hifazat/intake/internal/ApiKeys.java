package pk.hifazat.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API keys: {@code hzk_} and 43 characters of base64url, 256 random bits. Only the SHA-256 of a
 * key is stored: with that much entropy nothing can be recovered from the hash, and a plain
 * hash keeps the lookup on every request an index probe instead of a deliberately slow
 * password hash. A revoked key is refused from the next request on (no cache to outlive it).
 */
@Repository
public class ApiKeys {

    static final String KEY_PREFIX = "hzk_";
    private static final int PREFIX_SHOWN = KEY_PREFIX.length() + 6;
    private static final String COLUMNS = "id, organisation_id, prefix, label, issued_at, issued_by, revoked_at, revoked_by";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public IssuedKey issue(UUID organisation, String label, String issuedBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var key = new ApiKey(UUID.randomUUID(), organisation, secret.substring(0, PREFIX_SHOWN), label.strip(),
                clock.instant(), issuedBy, null, null);
        jdbc.sql("INSERT INTO api_key (id, organisation_id, key_hash, prefix, label, issued_at, issued_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(key.id(), organisation, sha256(secret), key.prefix(), key.label(), Timestamp.from(key.issuedAt()),
                        issuedBy)
                .update();
        return new IssuedKey(key, secret);
    }

    /** Revokes the key; false when there is no such key or it was already revoked. */
    public boolean revoke(UUID key, String revokedBy) {
        return jdbc.sql("UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), revokedBy, key).update() == 1;
    }

    public Optional<ApiKey> byId(UUID key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE id = ?").param(key).query(ApiKeys::row).optional();
    }

    public List<ApiKey> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key ORDER BY issued_at DESC").query(ApiKeys::row).list();
    }

    /** The client a presented key belongs to, when the key exists and is not revoked. */
    public Optional<ApiClient> authenticate(String secret) {
        if (secret == null || !secret.startsWith(KEY_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT k.organisation_id, o.name, k.id, k.prefix FROM api_key k
                        JOIN reporting_organisation o ON o.id = k.organisation_id
                        WHERE k.key_hash = ? AND k.revoked_at IS NULL""")
                .param(sha256(secret))
                .query((rs, n) -> new ApiClient(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4)))
                .optional();
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static ApiKey row(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp(7);
        return new ApiKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6), revoked == null ? null : revoked.toInstant(),
                rs.getString(8));
    }
}
