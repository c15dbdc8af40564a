package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import pk.hifazat.HifazatTest;

/** Stalled work is resubmitted after a minute, by one instance at a time. */
@HifazatTest
class StalledEventResubmissionTest {

    @Autowired
    ExclusiveJobs jobs;

    /** Records what it was asked to resubmit. */
    static final class Registry implements IncompleteEventPublications {

        final List<Duration> asked = new ArrayList<>();

        @Override
        public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
        }

        @Override
        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
            asked.add(duration);
        }

        @Override
        public void resubmitIncompletePublications(ResubmissionOptions options) {
        }
    }

    @Test
    void resubmitsWhatStalledForAMinuteUnlessAnotherInstanceIsDoingIt() throws Exception {
        var registry = new Registry();
        var resubmission = new StalledEventResubmission(registry, jobs);
        assertThat(resubmission.resubmitStalled()).isTrue();
        assertThat(registry.asked).containsExactly(Duration.ofMinutes(1));

        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Thread otherInstance = Thread.ofPlatform().start(() -> jobs.runAlone(StalledEventResubmission.JOB, () -> {
            held.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(resubmission.resubmitStalled()).as("while another instance resubmits").isFalse();
        release.countDown();
        otherInstance.join();
        assertThat(registry.asked).hasSize(1);
    }
}
