package pk.hifazat.intake.internal.tips;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Keeps uploaded evidence encrypted with AES-256-GCM, outside the database, when switched on.
 *
 * <p>Each file is {@code HZV1 | 12-byte random nonce | ciphertext with its 16-byte tag}, named by
 * the plaintext's SHA-256 so the same file is stored once. The SHA-256 is also the associated data,
 * so a file renamed to another hash fails to decrypt. Files are written to a temporary name and
 * moved into place, so a crash never leaves half a file under a real name. When the vault is off,
 * nothing is written: the caller discards the bytes after hashing.
 */
@Component
class EvidenceVault {

    private static final byte[] MAGIC = {'H', 'Z', 'V', '1'};
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final boolean enabled;
    private final SecretKey key;
    private final Path dir;
    private final SecureRandom random = new SecureRandom();

    EvidenceVault(VaultSettings settings) {
        this.enabled = settings.enabled();
        this.dir = settings.dir();
        this.key = enabled ? parseKey(settings.key()) : null;
    }

    private static SecretKey parseKey(String base64) {
        byte[] bytes;
        try {
            bytes = base64 == null ? new byte[0] : Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("The evidence vault is enabled but HIFAZAT_VAULT_KEY is not a base64 "
                    + "256-bit key (make one with: head -c 32 /dev/urandom | base64)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    boolean isEnabled() {
        return enabled;
    }

    /** Stores the file encrypted when the vault is on; returns where, or empty when it is off. */
    Optional<Path> keep(byte[] content, String sha256) {
        if (!enabled) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(sha256 + ".hzv");
            if (Files.exists(target)) {
                return Optional.of(target);
            }
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(sha256.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(content);
            Path partial = Files.createTempFile(dir, "incoming-", ".part");
            Files.write(partial, ByteBuffer.allocate(MAGIC.length + NONCE_BYTES + sealed.length)
                    .put(MAGIC).put(nonce).put(sealed).array());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("The evidence vault could not store a file", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts a stored file; fails if it was changed or belongs to another hash. */
    byte[] open(String sha256) throws IOException {
        byte[] stored = Files.readAllBytes(dir.resolve(sha256 + ".hzv"));
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        byte[] magic = new byte[MAGIC.length];
        buffer.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IOException("Not a Hifazat vault file");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(sha256.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return cipher.doFinal(sealed);
        } catch (GeneralSecurityException e) {
            throw new IOException("A vault file failed its integrity check", e);
        }
    }
}
