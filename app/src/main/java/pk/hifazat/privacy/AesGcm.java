package pk.hifazat.privacy;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per message: {@code nonce | ciphertext | 16-byte tag}.
 * The associated data names what the bytes belong to (a report's id, a file's hash), so that
 * sealed bytes moved to another owner fail to open instead of opening as someone else's.
 *
 * <p>Random nonces are safe for far more messages than one key will ever seal here (the limit
 * is about 2<sup>32</sup> messages per key). Thread-safe: a cipher is made per call.
 */
public final class AesGcm {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private AesGcm(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** @throws IllegalArgumentException unless the key is 32 bytes */
    public static AesGcm of(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("An AES-256 key is 32 bytes");
        }
        return new AesGcm(key.clone());
    }

    /**
     * A key given in base64, as in an environment variable.
     *
     * @param setting the variable's name, for the message when the key is not a 256-bit key
     */
    public static AesGcm fromBase64(String base64, String setting) {
        try {
            return of(Base64.getDecoder().decode(base64 == null ? "" : base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not a base64 256-bit key (make one with: "
                    + "head -c 32 /dev/urandom | base64)", e);
        }
    }

    public byte[] seal(byte[] plain, byte[] associated) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            byte[] sealed = new byte[NONCE_BYTES + cipher.getOutputSize(plain.length)];
            System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
            cipher.doFinal(plain, 0, plain.length, sealed, NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** @throws SealBrokenException when the bytes were changed, belong to another owner, or another key sealed them */
    public byte[] open(byte[] sealed, byte[] associated) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealBrokenException("Too short to be sealed data");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, NONCE_BYTES)));
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealBrokenException("Sealed data failed its integrity check");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
