package pk.hifazat.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * API keys: {@code hzk_} and 43 characters of base64url, 256 random bits. Only the SHA-256 of a
 * key is stored: with that much entropy nothing can be recovered from the hash, and a plain
 * hash keeps the lookup an index probe instead of a deliberately slow password hash.
 *
 * <p>A key found valid is remembered for under a second, which spares a busy client a database
 * round trip per request (one lookup a second per key instead of one per request). Revoking forgets
 * it at once in this application; another instance sharing the database (an external PostgreSQL)
 * may accept it for at most {@link #REMEMBERED} more: a revoked key stops working everywhere within
 * a second, with no message between instances to lose.
 */
@Repository
public class ApiKeys {

    static final String KEY_PREFIX = "hzk_";
    private static final int PREFIX_SHOWN = KEY_PREFIX.length() + 6;
    private static final String COLUMNS = "id, organisation_id, prefix, label, issued_at, issued_by, revoked_at, revoked_by, "
            + "last_used_at";

    static final Duration REMEMBERED = Duration.ofMillis(900);
    private static final int MAX_REMEMBERED = 10_000;
    /** A key's last use is written no more often than this, so a busy client costs no write per request. */
    public static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private record Remembered(ApiClient client, long until) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Remembered> valid = new ConcurrentHashMap<>();
    private final Map<UUID, Long> lastUseWritten = new ConcurrentHashMap<>();

    ApiKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public IssuedKey issue(UUID organisation, String label, String issuedBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var key = new ApiKey(UUID.randomUUID(), organisation, secret.substring(0, PREFIX_SHOWN), label.strip(),
                clock.instant(), issuedBy, null, null, null);
        jdbc.sql("INSERT INTO api_key (id, organisation_id, key_hash, prefix, label, issued_at, issued_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(key.id(), organisation, sha256(secret), key.prefix(), key.label(), Timestamp.from(key.issuedAt()),
                        issuedBy)
                .update();
        return new IssuedKey(key, secret);
    }

    /** Revokes the key; false when there is no such key or it was already revoked. */
    public boolean revoke(UUID key, String revokedBy) {
        forget(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget(key);
                }
            });
        }
        return jdbc.sql("UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), revokedBy, key).update() == 1;
    }

    /** Forgets the key now, and again once the revocation commits: a lookup in between saw it still valid. */
    private void forget(UUID key) {
        valid.values().removeIf(remembered -> remembered.client().key().equals(key));
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
        byte[] hash = sha256(secret);
        String fingerprint = HexFormat.of().formatHex(hash);
        long now = System.nanoTime();
        Remembered remembered = valid.get(fingerprint);
        if (remembered != null && now - remembered.until() < 0) {
            noteUse(remembered.client().key(), now);
            return Optional.of(remembered.client());
        }
        Optional<ApiClient> client = lookUp(hash);
        if (client.isPresent()) {
            if (valid.size() >= MAX_REMEMBERED) {
                valid.clear();
            }
            valid.put(fingerprint, new Remembered(client.get(), now + REMEMBERED.toNanos()));
            noteUse(client.get().key(), now);
        } else {
            valid.remove(fingerprint);
        }
        return client;
    }

    /** Writes the key's last use unless this application wrote it less than a minute ago. */
    private void noteUse(UUID key, long now) {
        Long written = lastUseWritten.get(key);
        if (written != null && now - written < LAST_USE_PRECISION.toNanos()) {
            return;
        }
        if (lastUseWritten.size() >= MAX_REMEMBERED) {
            lastUseWritten.clear();
        }
        lastUseWritten.put(key, now);
        jdbc.sql("UPDATE api_key SET last_used_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), key).update();
    }

    private Optional<ApiClient> lookUp(byte[] hash) {
        return jdbc.sql("""
                        SELECT k.organisation_id, o.name, k.id, k.prefix FROM api_key k
                        JOIN reporting_organisation o ON o.id = k.organisation_id
                        WHERE k.key_hash = ? AND k.revoked_at IS NULL""")
                .param(hash)
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
        Timestamp lastUsed = rs.getTimestamp(9);
        return new ApiKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6), revoked == null ? null : revoked.toInstant(),
                rs.getString(8), lastUsed == null ? null : lastUsed.toInstant());
    }
}
