package pk.hifazat.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Seals personal data for storage and opens it again, bound to the record it belongs to.
 *
 * <p>Sealed bytes are {@code 0x01 | 4-byte key fingerprint | AES-GCM}, where the associated data
 * is the owner's id and the kind of field, so that a reporter's contact details cannot be moved
 * onto another report or read as its description. The fingerprint names the key that sealed the
 * bytes, so that opening them with another key says so plainly instead of "integrity check
 * failed"; it also leaves room to rotate keys later.
 */
public final class PersonalData {

    private static final byte VERSION = 1;
    private static final int HEADER = 1 + 4;

    private final AesGcm cipher;
    private final int fingerprint;

    public PersonalData(AesGcm cipher, int fingerprint) {
        this.cipher = cipher;
        this.fingerprint = fingerprint;
    }

    /**
     * The fingerprint of a key, as sealed bytes and backup manifests name it: the first four bytes
     * of its SHA-256, which tell keys apart without revealing anything usable about them.
     */
    public static int fingerprintOf(byte[] key) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(key)).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** This key's fingerprint in hexadecimal, for a backup's manifest. */
    public String keyFingerprint() {
        return HexFormat.of().toHexDigits(fingerprint);
    }

    /** Null stays null: an absent field is not sealed. */
    public byte[] seal(String text, UUID owner, String field) {
        if (text == null) {
            return null;
        }
        byte[] sealed = cipher.seal(text.getBytes(StandardCharsets.UTF_8), associated(owner, field));
        return ByteBuffer.allocate(HEADER + sealed.length).put(VERSION).putInt(fingerprint).put(sealed).array();
    }

    /** @throws SealBrokenException when the bytes were changed, moved, or sealed with another key */
    public String open(byte[] sealed, UUID owner, String field) {
        if (sealed == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(sealed);
        if (sealed.length <= HEADER || buffer.get() != VERSION) {
            throw new SealBrokenException("Not sealed personal data");
        }
        if (buffer.getInt() != fingerprint) {
            throw new SealBrokenException("Sealed with another key than HIFAZAT_DATA_KEY");
        }
        byte[] body = new byte[buffer.remaining()];
        buffer.get(body);
        return new String(cipher.open(body, associated(owner, field)), StandardCharsets.UTF_8);
    }

    private static byte[] associated(UUID owner, String field) {
        byte[] name = field.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(16 + name.length).putLong(owner.getMostSignificantBits())
                .putLong(owner.getLeastSignificantBits()).put(name).array();
    }
}
