package pk.hifazat.audit.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit module's settings.
 *
 * @param key             the 256-bit key, in base64, that keys the chain and signs its checkpoints
 *                        ({@code HIFAZAT_AUDIT_KEY}); empty when unset
 * @param checkpointFile  the file checkpoints are appended to ({@code HIFAZAT_AUDIT_CHECKPOINT_FILE}); empty
 *                        for {@code audit-checkpoints.log} in the working directory
 * @param checkpointEvery how often the chain's head is checkpointed ({@code HIFAZAT_AUDIT_CHECKPOINT_EVERY})
 */
@ConfigurationProperties("hifazat.audit")
record AuditProperties(String key, String checkpointFile, @DefaultValue("10m") Duration checkpointEvery) {

    AuditProperties {
        key = key == null ? "" : key.strip();
        checkpointFile = checkpointFile == null ? "" : checkpointFile.strip();
        if (checkpointEvery == null || checkpointEvery.isNegative() || checkpointEvery.isZero()) {
            throw new IllegalArgumentException("HIFAZAT_AUDIT_CHECKPOINT_EVERY (hifazat.audit.checkpoint-every) must be "
                    + "a positive duration, such as 10m");
        }
    }

    /** Never the key: settings end up in logs and failure reports. */
    @Override
    public String toString() {
        return "AuditProperties[key=" + (key.isEmpty() ? "(none)" : "(set)") + ", checkpointFile=" + checkpointFile
                + ", checkpointEvery=" + checkpointEvery + "]";
    }
}
