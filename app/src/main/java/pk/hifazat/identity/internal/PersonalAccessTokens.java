package pk.hifazat.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.identity.UserId;

/**
 * Officers' personal access tokens for the staff API. A token is {@code hzp_} and 43 characters of
 * URL-safe base64 (256 random bits); the database keeps only its SHA-256, so a token can be checked
 * but never read back: it is shown once, when made.
 */
@Repository
class PersonalAccessTokens {

    static final String PREFIX = "hzp_";
    static final int MAX_PER_USER = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonalAccessTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token of an officer, as their account page lists it. */
    record Token(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean usable(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A new token: the secret to show once, and its row. */
    record Issued(String secret, UUID id) {
    }

    Issued issue(UserId user, String name, Duration lifetime) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO personal_access_token (id, user_id, name, digest, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, user.value(), name, digest(secret), Timestamp.from(now),
                        Timestamp.from(now.plus(lifetime)))
                .update();
        return new Issued(secret, id);
    }

    List<Token> of(UserId user) {
        return jdbc.sql("""
                        SELECT id, name, created_at, expires_at, last_used_at, revoked_at
                        FROM personal_access_token WHERE user_id = ? ORDER BY created_at DESC""")
                .param(user.value())
                .query((rs, n) -> new Token(rs.getObject("id", UUID.class), rs.getString("name"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    long usableCount(UserId user) {
        return jdbc.sql("""
                        SELECT count(*) FROM personal_access_token
                        WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?""")
                .params(user.value(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    /** Revokes one of the user's own tokens; false when they have no such usable token. */
    boolean revoke(UserId user, UUID token) {
        return jdbc.sql("""
                        UPDATE personal_access_token SET revoked_at = ?
                        WHERE id = ? AND user_id = ? AND revoked_at IS NULL""")
                .params(Timestamp.from(clock.instant()), token, user.value())
                .update() == 1;
    }

    /** Revokes every token of a user, for example when their account is disabled. */
    void revokeAll(UserId user) {
        jdbc.sql("UPDATE personal_access_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), user.value())
                .update();
    }

    /**
     * The user a presented token belongs to when it is usable now, noting its use. Compared by
     * digest in the database: the lookup is an index probe on the digest, which reveals nothing
     * about how close a wrong guess came.
     */
    Optional<UserId> userOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE personal_access_token SET last_used_at = ?
                        WHERE digest = ? AND revoked_at IS NULL AND expires_at > ?
                        RETURNING user_id""")
                .params(Timestamp.from(now), digest(secret), Timestamp.from(now))
                .query(UUID.class).optional().map(UserId::new);
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
