package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import pk.hifazat.HifazatTest;

/** Stalled work is resubmitted after a minute, by one instance at a time, unless a listener here holds it. */
@HifazatTest
class StalledEventResubmissionTest {

    @Autowired
    ExclusiveJobs jobs;

    /** Holds incomplete publications; records which it was asked to resubmit, round by round. */
    static final class Registry implements IncompleteEventPublications {

        final List<EventPublication> incomplete = new ArrayList<>();
        final List<List<Object>> resubmitted = new ArrayList<>();

        @Override
        public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
            resubmitted.add(incomplete.stream().filter(filter).map(EventPublication::getEvent).toList());
        }

        @Override
        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
            throw new UnsupportedOperationException("would resubmit what listeners here still hold");
        }

        @Override
        public void resubmitIncompletePublications(ResubmissionOptions options) {
        }
    }

    /** An event as the registry reads it back: equal to the listener's, not the same object. */
    record Stored(String batch) {
    }

    record Publication(Object event, Instant publicationDate) implements EventPublication {

        @Override
        public UUID getIdentifier() {
            return UUID.nameUUIDFromBytes(event.toString().getBytes());
        }

        @Override
        public Object getEvent() {
            return event;
        }

        @Override
        public Instant getPublicationDate() {
            return publicationDate;
        }

        @Override
        public Optional<Instant> getCompletionDate() {
            return Optional.empty();
        }

        @Override
        public Status getStatus() {
            return Status.PROCESSING;
        }

        @Override
        public Instant getLastResubmissionDate() {
            return null;
        }

        @Override
        public int getCompletionAttempts() {
            return 0;
        }
    }

    @Test
    void resubmitsWhatStalledForAMinuteButNotWhatAListenerHereStillHolds() {
        var registry = new Registry();
        var atWork = new EventsAtWork();
        var resubmission = new StalledEventResubmission(registry, jobs, atWork);
        Instant now = Instant.now();
        registry.incomplete.add(new Publication(new Stored("stalled"), now.minus(Duration.ofMinutes(5))));
        registry.incomplete.add(new Publication(new Stored("waiting its turn"), now.minus(Duration.ofMinutes(5))));
        registry.incomplete.add(new Publication(new Stored("young"), now.minusSeconds(10)));

        try (var held = atWork.hold(new Stored("waiting its turn"))) {
            assertThat(resubmission.resubmitStalled()).isTrue();
            assertThat(resubmission.resubmitStalled()).isTrue();
        }
        assertThat(resubmission.resubmitStalled()).isTrue();

        assertThat(registry.resubmitted).containsExactly(
                List.of(new Stored("stalled")),
                List.of(new Stored("stalled")),
                List.of(new Stored("stalled"), new Stored("waiting its turn")));
    }

    @Test
    void resubmitsNothingWhileAnotherInstanceIsDoingIt() throws Exception {
        var registry = new Registry();
        var resubmission = new StalledEventResubmission(registry, jobs, new EventsAtWork());

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
        assertThat(registry.resubmitted).isEmpty();
    }
}
