package pk.hifazat.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies a file while hashing what was copied, so the manifest names the bytes in the backup, not a later state. */
public final class FileDigest {

    private FileDigest() {
    }

    /** Copies {@code from} to {@code to} and answers the SHA-256 of the copy, in hexadecimal. */
    public static String copy(Path from, Path to) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = Files.newInputStream(from);
             OutputStream out = new DigestOutputStream(Files.newOutputStream(to), sha256)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    public static String of(Path file) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = Files.newInputStream(file);
             OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
