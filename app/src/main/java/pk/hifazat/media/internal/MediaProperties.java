package pk.hifazat.media.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of known material.
 *
 * @param spoolDir          where an uploaded hash list is written before it is imported, so that a file of
 *                          ten million lines is never held in memory
 * @param importBatch       entries inserted per statement and per transaction by an import
 * @param importWriters     batches of one import stored at once, each on its own connection
 * @param errorsKept        the first errors of an import kept with their line numbers (all are counted)
 * @param followEvery       how often each instance reads the changes other instances made to the banks
 * @param foldAbove         entries added since the index was built beyond which the index is built again
 *                          in the background (until then they are searched one by one)
 * @param lookupsPerMinute  lookups one partner organisation may make a minute on the lookup API
 * @param lookAlikeRadius   the PDQ distance within which two reports' images are taken for the same
 *                          picture and link the reports (31, as for matching a bank)
 */
@ConfigurationProperties("hifazat.media")
public record MediaProperties(Path spoolDir,
                              @DefaultValue("5000") int importBatch,
                              @DefaultValue("4") int importWriters,
                              @DefaultValue("1000") int errorsKept,
                              @DefaultValue("1s") Duration followEvery,
                              @DefaultValue("50000") int foldAbove,
                              @DefaultValue("600") int lookupsPerMinute,
                              @DefaultValue("31") int lookAlikeRadius) {

    public MediaProperties {
        if (spoolDir == null) {
            throw new IllegalArgumentException("hifazat.media.spool-dir must be set");
        }
        if (importBatch < 1 || importBatch > 50_000) {
            throw new IllegalArgumentException("hifazat.media.import-batch must be between 1 and 50000");
        }
        if (importWriters < 1 || importWriters > 16) {
            throw new IllegalArgumentException("hifazat.media.import-writers must be between 1 and 16");
        }
        if (errorsKept < 0) {
            throw new IllegalArgumentException("hifazat.media.errors-kept must not be negative");
        }
        if (followEvery == null || followEvery.isNegative() || followEvery.isZero()) {
            throw new IllegalArgumentException("hifazat.media.follow-every must be positive");
        }
        if (foldAbove < 1) {
            throw new IllegalArgumentException("hifazat.media.fold-above must be at least 1");
        }
        if (lookAlikeRadius < 0 || lookAlikeRadius > 64) {
            throw new IllegalArgumentException("hifazat.media.look-alike-radius must be between 0 and 64");
        }
        if (lookupsPerMinute < 1) {
            throw new IllegalArgumentException("hifazat.media.lookups-per-minute must be at least 1");
        }
    }
}
