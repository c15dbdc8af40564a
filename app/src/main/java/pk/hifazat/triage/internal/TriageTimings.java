package pk.hifazat.triage.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How long triage takes: per batch (metric {@code hifazat.triage.batch}) and from a report's
 * receipt to its queue item (metric {@code hifazat.triage.lag}, the oldest report of each batch, an
 * upper bound for the others). With the logger {@code hifazat.triage.timing} at DEBUG each batch is
 * also logged, which the benchmark script reads.
 */
@Component
class TriageTimings {

    private static final Logger log = LoggerFactory.getLogger("hifazat.triage.timing");

    private final Timer batch;
    private final Timer lag;

    TriageTimings(MeterRegistry registry) {
        this.batch = Timer.builder("hifazat.triage.batch").description("Time to triage one linked batch")
                .publishPercentileHistogram().register(registry);
        this.lag = Timer.builder("hifazat.triage.lag").description("From a report's receipt to its queue item")
                .publishPercentileHistogram().register(registry);
    }

    void record(long startedNanos, List<Instant> receivedAt) {
        long took = System.nanoTime() - startedNanos;
        batch.record(Duration.ofNanos(took));
        Instant now = Instant.now();
        long lagMillis = receivedAt.stream().mapToLong(at -> Duration.between(at, now).toMillis()).max().orElse(0);
        if (!receivedAt.isEmpty()) {
            lag.record(Duration.ofMillis(lagMillis));
        }
        if (log.isDebugEnabled()) {
            log.debug("triaged reports={} micros={} lagMaxMillis={}", receivedAt.size(), took / 1000, lagMillis);
        }
    }
}
