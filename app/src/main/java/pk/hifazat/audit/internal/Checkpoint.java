package pk.hifazat.audit.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chain's head at one moment, signed with the audit key, as exported to a place the database
 * cannot write: one line of text, found by its tag wherever it stands in a line (a copy of the
 * system log will do). It pins every entry up to {@code seq}: a chain rewritten there no longer has
 * {@code hash} at {@code seq}, whoever holds the key.
 *
 * @param keyedFrom the chain's cut-over, pinned with the rest: moved, it would pass keyed entries off as unkeyed
 */
record Checkpoint(Instant at, long seq, String hash, long keyedFrom, String signature) {

    static final String TAG = "hifazat-audit-checkpoint";

    static Checkpoint signed(AuditKey key, Instant at, long seq, String hash, long keyedFrom) {
        return new Checkpoint(at, seq, hash, keyedFrom, key.sign(body(at, seq, hash, keyedFrom)));
    }

    private static String body(Instant at, long seq, String hash, long keyedFrom) {
        return TAG + " at=" + at + " seq=" + seq + " hash=" + hash + " keyed-from=" + keyedFrom;
    }

    String line() {
        return body(at, seq, hash, keyedFrom) + " signature=" + signature;
    }

    boolean isSignedBy(AuditKey key) {
        return key.sign(body(at, seq, hash, keyedFrom)).equals(signature);
    }

    /** The checkpoint in a line, or empty where the line holds none or only part of one. */
    static Optional<Checkpoint> in(String line) {
        int start = line.indexOf(TAG + " ");
        if (start < 0) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : line.substring(start + TAG.length()).strip().split(" +")) {
            int equals = field.indexOf('=');
            if (equals > 0) {
                fields.put(field.substring(0, equals), field.substring(equals + 1));
            }
        }
        if (!fields.containsKey("hash") || !fields.containsKey("signature")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checkpoint(Instant.parse(fields.get("at")), Long.parseLong(fields.get("seq")),
                    fields.get("hash"), Long.parseLong(fields.get("keyed-from")), fields.get("signature")));
        } catch (RuntimeException incomplete) {
            return Optional.empty();
        }
    }
}
