package pk.hifazat.intake.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of intake.
 *
 * @param maxReportSize        the largest single report, and the longest line of a bulk file
 * @param bulkBatchSize        bulk lines stored per transaction: larger batches cost fewer commits (each
 *                             one waits for fsync) but hold more lines unanswered
 * @param batchBytes           the most report bytes (as received) stored per transaction, by a bulk batch
 *                             or a group of single reports: what bounds an import's memory when its
 *                             reports are large (a batch is cut at whichever of the two limits comes first)
 * @param maxConcurrentImports bulk imports that may run at once; another is refused with 503 and
 *                             {@code Retry-After}, so that the imports' memory stays bounded
 * @param recentReports        heap kept for reports as last read, so that the modules reading each new
 *                             batch after one another parse it once ({@link RecentReports}); 0 turns it off
 * @param reportsInFlight      the report bodies the API works on at once; a report that finds no room
 *                             within a second is answered 503 with {@code Retry-After}, so that a flood
 *                             of reports cannot take the heap
 */
@ConfigurationProperties("hifazat.intake")
public record IntakeProperties(@DefaultValue("512KB") DataSize maxReportSize,
                               @DefaultValue("1000") int bulkBatchSize,
                               @DefaultValue("8MB") DataSize batchBytes,
                               @DefaultValue("4") int maxConcurrentImports,
                               @DefaultValue("64MB") DataSize recentReports,
                               @DefaultValue("16MB") DataSize reportsInFlight) {

    public IntakeProperties {
        if (bulkBatchSize < 1) {
            throw new IllegalArgumentException("hifazat.intake.bulk-batch-size must be at least 1");
        }
        if (batchBytes.toBytes() < 1) {
            throw new IllegalArgumentException("hifazat.intake.batch-bytes must be at least 1 byte");
        }
        if (recentReports.toBytes() < 0) {
            throw new IllegalArgumentException("hifazat.intake.recent-reports must not be negative");
        }
        if (reportsInFlight.toBytes() < 16 * 1024) {
            throw new IllegalArgumentException("hifazat.intake.reports-in-flight must be at least 16KB");
        }
        if (maxConcurrentImports < 1) {
            throw new IllegalArgumentException("hifazat.intake.max-concurrent-imports must be at least 1");
        }
    }
}
