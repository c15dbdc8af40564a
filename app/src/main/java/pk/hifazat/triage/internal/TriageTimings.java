package pk.hifazat.triage.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How long triage takes: per batch (metric {@code hifazat.triage.batch}) and from each report's
 * receipt to its queue item (metric {@code hifazat.triage.lag}), timed once the batch has committed,
 * when the queue shows it. With the logger {@code hifazat.triage.timing} at DEBUG each batch is also
 * logged, and with {@code hifazat.triage.lags} at DEBUG each report's time to its queue: the
 * benchmark scripts read both.
 */
@Component
class TriageTimings {

    private static final Logger log = LoggerFactory.getLogger("hifazat.triage.timing");
    private static final Logger lags = LoggerFactory.getLogger("hifazat.triage.lags");

    private final Timer batch;
    private final Timer lag;

    TriageTimings(MeterRegistry registry) {
        this.batch = Timer.builder("hifazat.triage.batch").description("Time to triage one linked batch")
                .publishPercentileHistogram().register(registry);
        this.lag = Timer.builder("hifazat.triage.lag").description("From a report's receipt to its queue item")
                .publishPercentileHistogram().register(registry);
    }

    /** Times a batch once its transaction has committed (at once if there is none). */
    void recordOnCommit(long startedNanos, List<Instant> receivedAt) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            record(startedNanos, receivedAt);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                record(startedNanos, receivedAt);
            }
        });
    }

    private void record(long startedNanos, List<Instant> receivedAt) {
        long took = System.nanoTime() - startedNanos;
        batch.record(Duration.ofNanos(took));
        Instant now = Instant.now();
        long[] millis = receivedAt.stream().mapToLong(at -> Duration.between(at, now).toMillis()).toArray();
        long most = 0;
        for (long each : millis) {
            lag.record(each, TimeUnit.MILLISECONDS);
            most = Math.max(most, each);
        }
        if (log.isDebugEnabled()) {
            log.debug("triaged reports={} micros={} lagMaxMillis={}", receivedAt.size(), took / 1000, most);
        }
        if (lags.isDebugEnabled() && millis.length > 0) {
            lags.debug("lagsMillis={}", Arrays.stream(millis).mapToObj(Long::toString).collect(Collectors.joining(",")));
        }
    }
}
