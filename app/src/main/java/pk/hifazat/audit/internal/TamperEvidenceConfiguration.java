package pk.hifazat.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import pk.hifazat.database.DataFolderKey;
import pk.hifazat.database.EmbeddedDatabaseProperties;

/**
 * What the audit chain's tamper evidence rests on besides the database: the audit key and the
 * checkpoint file.
 *
 * <p>The key is {@code HIFAZAT_AUDIT_KEY}, or as {@link DataFolderKey#chosen} says. A key file beside
 * the data still keeps out whoever can write the database but not read the data folder (a database
 * login, an injected query); whoever can read the data folder has the key, and then only the
 * checkpoints, kept elsewhere, show a rewrite.
 */
@Configuration(proxyBeanMethods = false)
class TamperEvidenceConfiguration {

    static final String KEY_VARIABLE = "HIFAZAT_AUDIT_KEY";

    @Bean
    AuditKey auditKey(AuditProperties audit, EmbeddedDatabaseProperties platform, DataSourceProperties dataSource) {
        String base64 = DataFolderKey.chosen(audit.key(), KEY_VARIABLE, "audit.key",
                "keys the audit chain and signs its checkpoints", platform, StringUtils.hasText(dataSource.getUrl()));
        return new AuditKey(DataFolderKey.bytes(base64, KEY_VARIABLE));
    }

    /**
     * {@code HIFAZAT_AUDIT_CHECKPOINT_FILE}, by default {@code audit-checkpoints.log} in the working
     * directory; a throw-away database gets a throw-away file. Never inside the data folder, which the
     * checkpoints are there to check.
     */
    @Bean
    CheckpointFile checkpointFile(AuditProperties audit, EmbeddedDatabaseProperties platform) {
        Path file;
        if (!audit.checkpointFile().isEmpty()) {
            file = Path.of(audit.checkpointFile());
        } else if (platform.ephemeral()) {
            file = throwAwayFile();
        } else {
            file = Path.of("audit-checkpoints.log");
        }
        file = file.toAbsolutePath().normalize();
        if (file.startsWith(platform.folder())) {
            throw new IllegalArgumentException("HIFAZAT_AUDIT_CHECKPOINT_FILE (" + file + ") lies inside the data folder "
                    + platform.folder() + ": checkpoints must be kept where whoever can change the data cannot");
        }
        return new CheckpointFile(file);
    }

    private static Path throwAwayFile() {
        try {
            Path file = Files.createTempFile("hifazat-audit-checkpoints", ".log");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
