package pk.hifazat.tips.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.stereotype.Component;

import pk.hifazat.privacy.AesGcm;
import pk.hifazat.privacy.SealBrokenException;

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

    private final boolean enabled;
    private final AesGcm cipher;
    private final Path dir;

    EvidenceVault(TipsProperties properties) {
        TipsProperties.Vault vault = properties.vault();
        this.enabled = vault.enabled();
        this.dir = vault.dir();
        this.cipher = enabled ? vault.cipher() : null;
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
            byte[] sealed = cipher.seal(content, sha256.getBytes(StandardCharsets.US_ASCII));
            Path partial = Files.createTempFile(dir, "incoming-", ".part");
            Files.write(partial, ByteBuffer.allocate(MAGIC.length + sealed.length).put(MAGIC).put(sealed).array());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("The evidence vault could not store a file", e);
        }
    }

    /** Decrypts a stored file; fails if it was changed or belongs to another hash. */
    byte[] open(String sha256) throws IOException {
        byte[] stored = Files.readAllBytes(dir.resolve(sha256 + ".hzv"));
        if (stored.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(stored, MAGIC.length), MAGIC)) {
            throw new IOException("Not a Hifazat vault file");
        }
        try {
            return cipher.open(Arrays.copyOfRange(stored, MAGIC.length, stored.length),
                    sha256.getBytes(StandardCharsets.US_ASCII));
        } catch (SealBrokenException e) {
            throw new IOException("A vault file failed its integrity check", e);
        }
    }
}
