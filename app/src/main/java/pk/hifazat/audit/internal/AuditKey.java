package pk.hifazat.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit key ({@code HIFAZAT_AUDIT_KEY}): HMAC-SHA-256 over the chain's links and its checkpoints.
 * The database never holds it, so whoever can write the database, but not read the key, cannot make
 * an entry or a checkpoint that verifies.
 */
final class AuditKey {

    private final SecretKeySpec key;

    AuditKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The audit key is 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    byte[] mac(byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HMAC-SHA-256", e);
        }
    }

    /** The signature of a text, in hex. */
    String sign(String text) {
        return HexFormat.of().formatHex(mac(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "AuditKey[(hidden)]";
    }
}
