package pk.hifazat.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import pk.hifazat.database.DataFolderKey;

/**
 * {@code ./hifazat rotate-key}: the first half of a key rotation, a new personal-data key. It runs as
 * plain Java beside a running Hifazat, and never touches the database: the application re-seals
 * (the second half) once it starts with the new key as current and the old one as previous.
 *
 * <p>Where the key is the data folder's ({@code keys/personal-data.key}), the command moves it to
 * {@code keys/personal-data.previous.key} and writes a new one (both mode 600), refusing while a
 * retired key file is still there (a re-seal not yet finished). Where the key comes from
 * {@code HIFAZAT_DATA_KEY}, it prints a new key and what to set, since only the operator can change
 * the environment.
 */
public final class KeyRotationCommand {

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");
    private static final String COMMAND = "--hifazat.command=rotate-key";

    private KeyRotationCommand() {
    }

    /** Whether the command line asks for a new key. */
    public static boolean requested(String[] arguments) {
        return Arrays.asList(arguments).contains(COMMAND);
    }

    /** @return the exit code: 0 done (what to do next printed), 1 refused (the reason printed) */
    public static int fromCommandLine(String[] arguments, Map<String, String> environment) {
        String dataFolder = Arrays.stream(arguments).filter(a -> a.startsWith("--hifazat.data-dir=")).findFirst()
                .map(a -> a.substring("--hifazat.data-dir=".length()))
                .orElse(environment.getOrDefault("HIFAZAT_DATA_DIR", "./data"));
        return rotate(Path.of(dataFolder).toAbsolutePath().normalize(), environment);
    }

    static int rotate(Path dataFolder, Map<String, String> environment) {
        String fromEnvironment = environment.get("HIFAZAT_DATA_KEY");
        String next = DataFolderKey.random();
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            console.info("""
                    A new personal-data key (fingerprint {}):

                        {}

                    1. Give it to the key custodians. Keep the current key (fingerprint {}) as long as backups sealed with it are kept.
                    2. Restart Hifazat with HIFAZAT_DATA_KEY set to the new key and HIFAZAT_DATA_KEY_PREVIOUS to the current one.
                       With several instances, first restart each with the new key in HIFAZAT_DATA_KEY_PREVIOUS only, then swap.
                    3. On its start Hifazat re-seals every record under the new key while it runs (Administration → Personal data key).
                    4. When that page shows nothing left under another key, remove HIFAZAT_DATA_KEY_PREVIOUS and restart.""",
                    fingerprint(next), next, fingerprint(fromEnvironment));
            return 0;
        }
        if (environment.get("SPRING_DATASOURCE_URL") != null && !environment.get("SPRING_DATASOURCE_URL").isBlank()) {
            console.error("Not rotated: with an external database the key is HIFAZAT_DATA_KEY; set the current one to get a new one.");
            return 1;
        }
        Path keys = dataFolder.resolve("keys");
        Path current = keys.resolve("personal-data.key");
        Path previous = keys.resolve("personal-data.previous.key");
        if (Files.exists(previous)) {
            console.error("Not rotated: {} is still there, so the last rotation's re-seal has not finished. Start Hifazat "
                    + "and let it finish (Administration → Personal data key); it then deletes that file.", previous);
            return 1;
        }
        if (!Files.exists(current)) {
            console.error("Not rotated: there is no {} (start Hifazat once to make the first key, or set HIFAZAT_DATA_KEY).",
                    current);
            return 1;
        }
        try {
            Path written = keys.resolve("personal-data.key.new");
            Files.deleteIfExists(written);
            Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, next + "\n", StandardCharsets.US_ASCII);
            String old = Files.readString(current, StandardCharsets.US_ASCII).strip();
            Files.move(current, previous, StandardCopyOption.ATOMIC_MOVE);
            Files.move(written, current, StandardCopyOption.ATOMIC_MOVE);
            console.info("""
                    The personal-data key is now the one with fingerprint {} in {}; the one with fingerprint {} is kept in {}
                    until every record is re-sealed. Restart Hifazat: on its start it re-seals every record under the new key
                    while it runs (Administration → Personal data key shows how far it is), then deletes {}.
                    Until the restart the running application keeps sealing with the old key, which the re-seal takes care of.""",
                    fingerprint(next), current, fingerprint(old), previous, previous.getFileName());
            return 0;
        } catch (IOException | RuntimeException e) {
            console.error("Not rotated ({}): {}", e.getClass().getSimpleName(), e.getMessage());
            return 1;
        }
    }

    private static String fingerprint(String base64) {
        try {
            return PersonalData.Key.of(Base64.getDecoder().decode(base64.strip())).hex();
        } catch (IllegalArgumentException e) {
            return "(not a 256-bit key)";
        }
    }
}
