package pk.hifazat.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import pk.hifazat.backup.internal.FileDigest;
import pk.hifazat.privacy.PersonalData;

/**
 * {@code ./hifazat restore DIR}: puts a backup's database into a data folder that has none, before
 * any server starts there — so it runs without the application, as plain Java. Nothing is written
 * to the data folder unless the whole backup is intact (every file's SHA-256 as its manifest says)
 * and the personal-data key at hand is the one its reports were sealed with: a restore that started
 * on a new random key would leave every report unreadable. The server replays the backup's log on
 * its first start, and is then at the moment the backup ended.
 */
public final class Restore {

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");
    private static final String COMMAND = "--hifazat.command=restore";

    /** Whether the command line asks for a restore, which must run before anything starts a database server. */
    public static boolean requested(String[] arguments) {
        return Arrays.asList(arguments).contains(COMMAND);
    }

    /**
     * The restore the command line asks for: {@code --hifazat.backup.directory=DIR}, into
     * {@code --hifazat.data-dir} or {@code HIFAZAT_DATA_DIR} (default {@code ./data}), with
     * {@code HIFAZAT_DATA_KEY} when set.
     */
    public static int fromCommandLine(String[] arguments, Map<String, String> environment) {
        String backup = argument(arguments, "--hifazat.backup.directory=");
        if (backup == null || backup.isBlank()) {
            console.error("Name the backup to restore: ./hifazat restore DIR");
            return 1;
        }
        String dataFolder = argument(arguments, "--hifazat.data-dir=");
        if (dataFolder == null) {
            dataFolder = environment.getOrDefault("HIFAZAT_DATA_DIR", "./data");
        }
        return new Restore().restore(Path.of(backup).toAbsolutePath().normalize(),
                Path.of(dataFolder).toAbsolutePath().normalize(), environment.get("HIFAZAT_DATA_KEY"));
    }

    private static String argument(String[] arguments, String prefix) {
        for (String argument : arguments) {
            if (argument.startsWith(prefix)) {
                return argument.substring(prefix.length());
            }
        }
        return null;
    }

    /**
     * @param dataKey the personal-data key in base64 ({@code HIFAZAT_DATA_KEY}), or null to read the data
     *                folder's {@code keys/personal-data.key}
     * @return the exit code: 0 restored, 1 refused (the reason printed)
     */
    public int restore(Path backup, Path dataFolder, String dataKey) {
        try {
            BackupManifest manifest = BackupManifest.readFrom(backup);
            Path server = dataFolder.resolve("postgres");
            if (Files.exists(server) && !isEmpty(server)) {
                return refuse(server + " already holds a database: restore into a new data folder.");
            }
            String refusal = keyRefusal(manifest, dataFolder, dataKey);
            if (refusal != null) {
                return refuse(refusal);
            }
            Path password = backup.resolve("keys/database-password");
            Path keptPassword = dataFolder.resolve("keys/database-password");
            if (Files.exists(password) && Files.exists(keptPassword)
                    && !Files.readString(keptPassword).strip().equals(Files.readString(password).strip())) {
                return refuse(keptPassword + " differs from the backup's database password, which the restored server needs.");
            }
            Path restoring = dataFolder.resolve("postgres.restoring");
            deleteRecursively(restoring);
            refusal = copyVerified(backup.resolve("data"), restoring, manifest);
            if (refusal != null) {
                deleteRecursively(restoring);
                return refuse(refusal);
            }
            Files.setPosixFilePermissions(restoring, PosixFilePermissions.fromString("rwx------"));
            if (Files.exists(password) && !Files.exists(keptPassword)) {
                Files.createDirectories(keptPassword.getParent());
                Files.copy(password, keptPassword);
                Files.setPosixFilePermissions(keptPassword, PosixFilePermissions.fromString("rw-------"));
            }
            if (Files.exists(server)) {
                Files.delete(server);
            }
            Files.move(restoring, server, StandardCopyOption.ATOMIC_MOVE);
            console.info("Restored the backup of {} (schema version {}, {} files) into {}. Start Hifazat on this data "
                            + "folder with the same personal-data and audit keys; its first start replays the backup's log.",
                    manifest.takenAt(), manifest.schemaVersion(), manifest.files().size(), server);
            return 0;
        } catch (IOException | RuntimeException e) {
            return refuse("The restore failed (" + e.getClass().getSimpleName() + "): " + e.getMessage());
        }
    }

    private static String keyRefusal(BackupManifest manifest, Path dataFolder, String dataKey) throws IOException {
        String base64 = dataKey;
        Path keyFile = dataFolder.resolve("keys/personal-data.key");
        if ((base64 == null || base64.isBlank()) && Files.exists(keyFile)) {
            base64 = Files.readString(keyFile, StandardCharsets.US_ASCII);
        }
        if (base64 == null || base64.isBlank()) {
            return "No personal-data key: set HIFAZAT_DATA_KEY to the key with fingerprint " + manifest.personalDataKey()
                    + " (or put it in " + keyFile + "); without it the restored reports cannot be read.";
        }
        String fingerprint;
        try {
            fingerprint = HexFormat.of().toHexDigits(PersonalData.fingerprintOf(Base64.getDecoder().decode(base64.strip())));
        } catch (IllegalArgumentException e) {
            return "The personal-data key is not base64.";
        }
        if (!fingerprint.equals(manifest.personalDataKey())) {
            return "The backup's personal data was sealed with the key with fingerprint " + manifest.personalDataKey()
                    + ", and the key given has fingerprint " + fingerprint + ": give the backup's key.";
        }
        return null;
    }

    /** Copies the backup's files, checking each against the manifest; the reason it is refused, or null. */
    private static String copyVerified(Path from, Path to, BackupManifest manifest) throws IOException {
        Set<String> seen = new HashSet<>();
        String[] problem = {null};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(directory).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = from.relativize(file).toString();
                String expected = manifest.files().get(name);
                String actual = FileDigest.copy(file, to.resolve(name));
                if (!actual.equals(expected)) {
                    problem[0] = expected == null ? "The backup holds a file its manifest does not name: " + name
                            : "The backup's file " + name + " changed since the backup was taken.";
                    return FileVisitResult.TERMINATE;
                }
                seen.add(name);
                return FileVisitResult.CONTINUE;
            }
        });
        if (problem[0] != null) {
            return problem[0];
        }
        return manifest.files().keySet().stream().filter(name -> !seen.contains(name)).findFirst()
                .map(missing -> "The backup lacks " + missing + ", which its manifest names.").orElse(null);
    }

    private int refuse(String reason) {
        console.error("Not restored: {}", reason);
        return 1;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
