package pk.hifazat.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRotationCommandTest {

    private static final String KEY = "q83vASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4k=";

    @TempDir
    Path dataDir;

    @Test
    void theDataFoldersKeyBecomesThePreviousOneAndANewPrivateKeyTakesItsPlace() throws Exception {
        Path keys = Files.createDirectories(dataDir.resolve("keys"));
        Files.writeString(keys.resolve("personal-data.key"), KEY + "\n");

        assertThat(KeyRotationCommand.rotate(dataDir, Map.of())).isZero();

        assertThat(Files.readString(keys.resolve("personal-data.previous.key")).strip()).isEqualTo(KEY);
        assertThat(Files.readString(keys.resolve("personal-data.key")).strip()).hasSize(44).isNotEqualTo(KEY);
        assertThat(Files.getPosixFilePermissions(keys.resolve("personal-data.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void refusesWhileTheLastRotationsReSealHasNotFinished() throws Exception {
        Path keys = Files.createDirectories(dataDir.resolve("keys"));
        Files.writeString(keys.resolve("personal-data.key"), KEY + "\n");
        Files.writeString(keys.resolve("personal-data.previous.key"), KEY + "\n");

        assertThat(KeyRotationCommand.rotate(dataDir, Map.of())).isOne();
        assertThat(Files.readString(keys.resolve("personal-data.key")).strip()).isEqualTo(KEY);
    }

    @Test
    void aKeyFromTheEnvironmentIsLeftToTheOperatorAndNothingIsWritten() {
        assertThat(KeyRotationCommand.rotate(dataDir, Map.of("HIFAZAT_DATA_KEY", KEY))).isZero();
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void anExternalDatabaseWithoutAKeyIsRefused() {
        assertThat(KeyRotationCommand.rotate(dataDir, Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/h"))).isOne();
    }
}
