package pk.hifazat.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Seals personal data for storage and opens it again, bound to the record it belongs to.
 *
 * <p>Sealed bytes are {@code 0x01 | 4-byte key fingerprint | AES-GCM}, where the associated data
 * is the owner's id and the kind of field, so that a reporter's contact details cannot be moved
 * onto another report or read as its description. The fingerprint names the key that sealed the
 * bytes: it picks the key that opens them from a key ring, so that a key can be rotated while the
 * data it sealed is re-sealed, and opening them with an unknown key says so plainly instead of
 * "integrity check failed".
 *
 * <p>The ring is the current key, which seals and opens, and the keys being retired, which only
 * open. Thread-safe.
 */
public final class PersonalData implements SealedRecords.Resealing {

    private static final byte VERSION = 1;
    private static final int HEADER = 1 + 4;

    private final Key current;
    private final Map<Integer, Key> opening = new LinkedHashMap<>();

    /** A key: its cipher, and its fingerprint as sealed bytes carry it. */
    public record Key(AesGcm cipher, int fingerprint) {

        /** @throws IllegalArgumentException unless the key is 32 bytes */
        public static Key of(byte[] key) {
            return new Key(AesGcm.of(key), fingerprintOf(key));
        }

        /** The fingerprint in hexadecimal, as pages, logs and backup manifests show it. */
        public String hex() {
            return HexFormat.of().toHexDigits(fingerprint);
        }
    }

    /** One key that seals and opens. */
    public PersonalData(AesGcm cipher, int fingerprint) {
        this(new Key(cipher, fingerprint), List.of());
    }

    /**
     * @param current  seals, and opens what it sealed
     * @param previous the keys being retired: they open what they sealed, and never seal
     */
    public PersonalData(Key current, List<Key> previous) {
        this.current = current;
        opening.put(current.fingerprint(), current);
        for (Key key : previous) {
            opening.putIfAbsent(key.fingerprint(), key);
        }
    }

    /** The ring after a rotation to this key: it seals, and every key of this ring still opens. */
    public PersonalData rotatedTo(Key next) {
        return new PersonalData(next, List.copyOf(opening.values()));
    }

    /**
     * The same current key, with these keys opening too: how each instance of an installation learns
     * a new key before any of them seals with it (see the operations guide on rotating the key).
     */
    public PersonalData alsoOpening(List<Key> keys) {
        List<Key> previous = new ArrayList<>(opening.values());
        previous.remove(current);
        previous.addAll(keys);
        return new PersonalData(current, previous);
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

    /** The current key's fingerprint in hexadecimal, for a backup's manifest. */
    public String keyFingerprint() {
        return current.hex();
    }

    /** The current key's fingerprint, as sealed bytes carry it. */
    public int currentFingerprint() {
        return current.fingerprint();
    }

    /** The fingerprints of the keys being retired, in hexadecimal; empty when no rotation is under way. */
    public List<String> previousFingerprints() {
        return opening.values().stream().filter(key -> key != current).map(Key::hex).toList();
    }

    /** Null stays null: an absent field is not sealed. */
    public byte[] seal(String text, UUID owner, String field) {
        if (text == null) {
            return null;
        }
        byte[] sealed = current.cipher().seal(text.getBytes(StandardCharsets.UTF_8), associated(owner, field));
        return ByteBuffer.allocate(HEADER + sealed.length).put(VERSION).putInt(current.fingerprint()).put(sealed).array();
    }

    /** @throws SealBrokenException when the bytes were changed, moved, or sealed with a key not in the ring */
    public String open(byte[] sealed, UUID owner, String field) {
        if (sealed == null) {
            return null;
        }
        return new String(keyOf(sealed).cipher().open(body(sealed), associated(owner, field)), StandardCharsets.UTF_8);
    }

    /**
     * The same field sealed with the current key: bytes already under it come back as they are (the
     * same array), others are opened with the key that sealed them and sealed again.
     *
     * @throws SealBrokenException when the bytes do not open with any key of the ring
     */
    @Override
    public byte[] reseal(byte[] sealed, UUID owner, String field) {
        if (sealed == null || keyOf(sealed) == current) {
            return sealed;
        }
        return seal(open(sealed, owner, field), owner, field);
    }

    /** Whether sealed bytes name the current key (null, an absent field, does). */
    public boolean underCurrentKey(byte[] sealed) {
        return sealed == null || sealed.length > HEADER && ByteBuffer.wrap(sealed, 1, 4).getInt() == current.fingerprint();
    }

    private Key keyOf(byte[] sealed) {
        ByteBuffer buffer = ByteBuffer.wrap(sealed);
        if (sealed.length <= HEADER || buffer.get() != VERSION) {
            throw new SealBrokenException("Not sealed personal data");
        }
        Key key = opening.get(buffer.getInt());
        if (key == null) {
            throw new SealBrokenException("Sealed with another key than HIFAZAT_DATA_KEY (or HIFAZAT_DATA_KEY_PREVIOUS)");
        }
        return key;
    }

    private static byte[] body(byte[] sealed) {
        byte[] body = new byte[sealed.length - HEADER];
        System.arraycopy(sealed, HEADER, body, 0, body.length);
        return body;
    }

    private static byte[] associated(UUID owner, String field) {
        byte[] name = field.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(16 + name.length).putLong(owner.getMostSignificantBits())
                .putLong(owner.getLeastSignificantBits()).put(name).array();
    }
}
