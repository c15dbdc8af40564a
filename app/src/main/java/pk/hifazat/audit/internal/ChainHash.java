package pk.hifazat.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The link of one audit entry: its fields, each prefixed with its length so that no two different
 * entries can produce the same input, followed by the previous entry's hash. Entries from the chain's
 * cut-over on ({@code audit_chain.keyed_from}) are linked with HMAC-SHA-256 under the {@link AuditKey};
 * entries written before the key existed keep the plain SHA-256 they were written with, which anyone
 * who can write the database can recompute.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    /** The link of an entry written before the key existed. */
    static String unkeyed(long seq, Instant at, String actor, String action, String targetType, String targetId,
                          String outcome, String detail, String previousHash) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        return HexFormat.of().formatHex(sha256.digest(
                input(seq, at, actor, action, targetType, targetId, outcome, detail, previousHash)));
    }

    /** The link of an entry written with the key. */
    static String keyed(AuditKey key, long seq, Instant at, String actor, String action, String targetType,
                        String targetId, String outcome, String detail, String previousHash) {
        return HexFormat.of().formatHex(key.mac(
                input(seq, at, actor, action, targetType, targetId, outcome, detail, previousHash)));
    }

    private static byte[] input(long seq, Instant at, String actor, String action, String targetType, String targetId,
                                String outcome, String detail, String previousHash) {
        var input = new ByteArrayOutputStream();
        for (String field : new String[]{Long.toString(seq), at.toString(), actor, action, targetType, targetId,
                outcome, detail, previousHash}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            input.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            input.writeBytes(bytes);
        }
        return input.toByteArray();
    }
}
