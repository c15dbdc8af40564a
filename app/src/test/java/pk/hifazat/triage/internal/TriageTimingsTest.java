package pk.hifazat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Receipt to queue is timed for each report, once the queue can show it. */
class TriageTimingsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TriageTimings timings = new TriageTimings(registry);

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void timesEveryReportOfABatchNotOnlyItsOldest() {
        Instant now = Instant.now();
        timings.recordOnCommit(System.nanoTime(), List.of(now.minusSeconds(3), now.minusMillis(200), now.minusMillis(100)));

        Timer lag = registry.get("hifazat.triage.lag").timer();
        assertThat(lag.count()).isEqualTo(3);
        assertThat(lag.max(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(3_000);
        assertThat(lag.totalTime(TimeUnit.MILLISECONDS)).isBetween(3_300.0, 3_300.0 + 3 * 1_000);
        assertThat(registry.get("hifazat.triage.batch").timer().count()).isEqualTo(1);
    }

    @Test
    void waitsForTheTransactionToCommitBeforeTimingIt() {
        TransactionSynchronizationManager.initSynchronization();
        timings.recordOnCommit(System.nanoTime(), List.of(Instant.now().minus(Duration.ofMillis(50))));
        assertThat(registry.get("hifazat.triage.lag").timer().count()).isZero();

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(registry.get("hifazat.triage.lag").timer().count()).isEqualTo(1);
    }

    @Test
    void timesNothingWhenTheTransactionRollsBack() {
        TransactionSynchronizationManager.initSynchronization();
        timings.recordOnCommit(System.nanoTime(), List.of(Instant.now()));

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        assertThat(registry.get("hifazat.triage.lag").timer().count()).isZero();
    }
}
