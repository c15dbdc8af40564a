package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderKeyTest {

    @TempDir
    Path dataDir;

    private EmbeddedDatabaseProperties kept() {
        return new EmbeddedDatabaseProperties(dataDir, false, null, null);
    }

    @Test
    void anExternalDatabaseWithoutTheKeyStopsTheStartWithTwoLinesThatSayWhatToSet() {
        assertThatThrownBy(() -> DataFolderKey.chosen("", "HIFAZAT_AUDIT_KEY", "audit.key", "keys the audit chain", kept(), true))
                .isInstanceOf(KeyException.class).hasMessage("HIFAZAT_AUDIT_KEY must be set when the database is external: "
                        + "it keys the audit chain.");
        var analysis = new KeyFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                new KeyException("HIFAZAT_AUDIT_KEY", "HIFAZAT_AUDIT_KEY must be set")));
        assertThat(analysis.getAction()).contains("Set HIFAZAT_AUDIT_KEY", "head -c 32 /dev/urandom | base64");
    }

    @Test
    void theEmbeddedDatabaseKeepsAKeyOnlyItsUserCanReadAndUsesItAgain() throws Exception {
        String first = DataFolderKey.chosen("", "HIFAZAT_AUDIT_KEY", "audit.key", "keys the audit chain", kept(), false);

        Path file = dataDir.resolve("keys/audit.key");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(DataFolderKey.chosen(null, "HIFAZAT_AUDIT_KEY", "audit.key", "keys the audit chain", kept(), false))
                .isEqualTo(first);
        assertThat(DataFolderKey.bytes(first, "HIFAZAT_AUDIT_KEY")).hasSize(32);
    }

    @Test
    void aKeyThatIsNot256BitsOfBase64IsRefusedByName() {
        assertThatThrownBy(() -> DataFolderKey.bytes("dG9vIHNob3J0", "HIFAZAT_AUDIT_KEY")).isInstanceOf(KeyException.class)
                .hasMessage("HIFAZAT_AUDIT_KEY is not a base64 256-bit key");
        assertThatThrownBy(() -> DataFolderKey.bytes("not base64!", "HIFAZAT_AUDIT_KEY")).isInstanceOf(KeyException.class);
    }

    @Test
    void theDatabasePasswordNeverAppearsInTheSettingsText() {
        var settings = new EmbeddedDatabaseProperties(dataDir, false, "a secret password", null);
        assertThat(settings.toString()).doesNotContain("a secret password").contains("(set)");
        assertThat(DatabasePassword.of(settings).toString()).doesNotContain("a secret password");
    }
}
