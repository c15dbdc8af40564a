package pk.hifazat.intake.internal.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answers given to single-report POSTs that carried an {@code Idempotency-Key}, per
 * organisation. A key is claimed by inserting it in the transaction that stores the report: a
 * concurrent retry with the same key waits on the unique index until the first commits, then
 * finds its answer; if the first rolled back, the retry takes the key over.
 */
@Repository
class IdempotencyKeys {

    /** The answer stored under a key, and the hash of the request that got it. */
    record Stored(byte[] requestHash, int status, String response) {

        boolean answers(byte[] otherRequestHash) {
            return Arrays.equals(requestHash, otherRequestHash);
        }
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(UUID organisation, String key) {
        return jdbc.sql("SELECT request_hash, status, response FROM api_idempotency_key "
                        + "WHERE organisation_id = ? AND idempotency_key = ? AND status IS NOT NULL")
                .params(organisation, key)
                .query((rs, n) -> new Stored(rs.getBytes(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    /** Claims the key in the caller's transaction; false when another request already holds it. */
    boolean claim(UUID organisation, String key, byte[] requestHash, Instant at) {
        return jdbc.sql("INSERT INTO api_idempotency_key (organisation_id, idempotency_key, request_hash, created_at) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(organisation, key, requestHash, Timestamp.from(at))
                .update() == 1;
    }

    void answer(UUID organisation, String key, int status, String response) {
        jdbc.sql("UPDATE api_idempotency_key SET status = ?, response = ? WHERE organisation_id = ? AND idempotency_key = ?")
                .params(status, response, organisation, key)
                .update();
    }
}
