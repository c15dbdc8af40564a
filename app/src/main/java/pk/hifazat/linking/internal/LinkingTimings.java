package pk.hifazat.linking.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * How long linking takes per stored batch, read and linked in its turn (metric
 * {@code hifazat.linking.batch}): one batch at a time, it bounds how fast reports reach triage. With
 * the logger {@code hifazat.linking.timing} at DEBUG each batch is also logged, for the benchmarks.
 */
@Component
class LinkingTimings {

    private static final Logger log = LoggerFactory.getLogger("hifazat.linking.timing");

    private final Timer batch;

    LinkingTimings(MeterRegistry registry) {
        this.batch = Timer.builder("hifazat.linking.batch").description("Time to link one stored batch in its turn")
                .publishPercentileHistogram().register(registry);
    }

    void record(long startedNanos, int reports) {
        long took = System.nanoTime() - startedNanos;
        batch.record(Duration.ofNanos(took));
        if (log.isDebugEnabled()) {
            log.debug("linked reports={} micros={}", reports, took / 1000);
        }
    }
}
