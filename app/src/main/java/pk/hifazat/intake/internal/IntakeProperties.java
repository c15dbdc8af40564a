package pk.hifazat.intake.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of intake.
 *
 * @param maxReportSize the largest single report, and the longest line of a bulk file
 * @param bulkBatchSize bulk lines stored per transaction: larger batches cost fewer commits (each one
 *                      waits for fsync) but hold more lines unanswered
 */
@ConfigurationProperties("hifazat.intake")
public record IntakeProperties(@DefaultValue("512KB") DataSize maxReportSize,
                               @DefaultValue("1000") int bulkBatchSize) {

    public IntakeProperties {
        if (bulkBatchSize < 1) {
            throw new IllegalArgumentException("hifazat.intake.bulk-batch-size must be at least 1");
        }
    }
}
