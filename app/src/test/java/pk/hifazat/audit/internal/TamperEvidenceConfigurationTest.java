package pk.hifazat.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.hifazat.database.EmbeddedDatabaseProperties;

class TamperEvidenceConfigurationTest {

    @TempDir
    Path folder;

    private final TamperEvidenceConfiguration configuration = new TamperEvidenceConfiguration();

    private EmbeddedDatabaseProperties platform() {
        return new EmbeddedDatabaseProperties(folder.resolve("data"), false, null, null);
    }

    private static AuditProperties checkpointsIn(Path file) {
        return new AuditProperties(null, file.toString(), Duration.ofMinutes(10));
    }

    @Test
    void checkpointsInsideTheDataFolderAreRefused() {
        assertThatThrownBy(() -> configuration.checkpointFile(checkpointsIn(folder.resolve("data/checkpoints.log")), platform()))
                .hasMessageContaining("HIFAZAT_AUDIT_CHECKPOINT_FILE").hasMessageContaining("inside the data folder");
    }

    @Test
    void checkpointsGoWhereTheSettingSays() {
        Path outside = folder.resolve("elsewhere/checkpoints.log");
        assertThat(configuration.checkpointFile(checkpointsIn(outside), platform()).path()).isEqualTo(outside);
    }

    @Test
    void theCheckpointIntervalMustBePositiveAndTheKeyNeverAppearsInTheSettingsText() {
        assertThatThrownBy(() -> new AuditProperties(null, null, Duration.ZERO))
                .hasMessageContaining("HIFAZAT_AUDIT_CHECKPOINT_EVERY");
        String key = "q83vASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4k=";
        assertThat(new AuditProperties(key, null, Duration.ofMinutes(1)).toString()).doesNotContain(key).contains("(set)");
    }
}
