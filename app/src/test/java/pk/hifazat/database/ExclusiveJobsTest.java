package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.HifazatTest;

/** A job runs on one instance at a time: a second attempt while the first runs skips, a later one runs. */
@HifazatTest
class ExclusiveJobsTest {

    @Autowired
    ExclusiveJobs jobs;

    @Test
    void aJobRunningSomewhereIsSkippedElsewhereAndRunsAgainOnceItEnds() throws Exception {
        var running = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var runs = new AtomicInteger();
        Thread first = Thread.ofPlatform().start(() -> jobs.runAlone("escalation sweep", () -> {
            runs.incrementAndGet();
            running.countDown();
            await(release);
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(jobs.runAlone("escalation sweep", runs::incrementAndGet)).as("while the first runs").isFalse();
        assertThat(jobs.runAlone("deadline watch", () -> { })).as("another job").isTrue();

        release.countDown();
        first.join();
        assertThat(jobs.runAlone("escalation sweep", runs::incrementAndGet)).as("after the first ended").isTrue();
        assertThat(runs).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
