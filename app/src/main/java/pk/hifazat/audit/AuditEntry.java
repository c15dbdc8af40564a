package pk.hifazat.audit;

import java.time.Instant;

/** An entry as stored, with its place in the hash chain. */
public record AuditEntry(long seq, Instant at, String actor, String action, String targetType, String targetId,
                         Outcome outcome, String detail, String previousHash, String hash) {
}
