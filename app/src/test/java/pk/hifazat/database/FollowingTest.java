package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.HifazatTest;
import tools.jackson.databind.json.JsonMapper;

/** Following work waits for a report's path to its queue, in order, and loses nothing on failure. */
@HifazatTest
class FollowingTest {

    record Noted(int n) {
    }

    /** A follower of its own name, so that the application's followers never see its events. */
    static class Noting implements Follower<Noted> {

        final String name = "test." + UUID.randomUUID();
        final List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failuresLeft = new AtomicInteger();
        final AtomicInteger heapsExhausted = new AtomicInteger();

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<Noted> events() {
            return Noted.class;
        }

        @Override
        public int eventsAtOnce() {
            return 3;
        }

        @Override
        public void follow(List<Noted> events) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("a follower that fails this time");
            }
            if (heapsExhausted.getAndDecrement() > 0) {
                throw new OutOfMemoryError("a follower whose index did not fit this time");
            }
            events.forEach(e -> done.add(e.n()));
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final List<Following> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(Following::stop);
    }

    @Test
    void doesTheDeferredEventsInTheOrderTheyWereDeferredAndEmptiesTheBacklog() {
        Noting noting = new Noting();
        Following following = following(noting, Duration.ZERO, Duration.ofMinutes(10));
        defer(following, noting, 1, 7);
        await().atMost(Duration.ofSeconds(10)).until(() -> noting.done.size() == 7);
        assertThat(noting.done).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertBacklogEmpties(following, noting);
    }

    @Test
    void waitsWhileAReportIsOnItsWayToItsQueueAndFollowsAfterTheLull() throws Exception {
        Noting noting = new Noting();
        Following following = following(noting, Duration.ofMillis(200), Duration.ofMinutes(10));
        try (var urgent = precedence.urgent()) {
            defer(following, noting, 1, 2);
            Thread.sleep(1_500);
            assertThat(noting.done).as("while urgent work runs").isEmpty();
            assertThat(following.waiting(noting)).isEqualTo(2);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> noting.done.size() == 2);
    }

    @Test
    void followsBesideUrgentWorkOnceTheOldestEventHasWaitedItsPatience() {
        Noting noting = new Noting();
        Following following = following(noting, Duration.ofMillis(200), Duration.ofMillis(500));
        try (var urgent = precedence.urgent()) {
            defer(following, noting, 1, 2);
            await().atMost(Duration.ofSeconds(10)).until(() -> noting.done.size() == 2);
        }
    }

    @Test
    void keepsTheEventsOfAFailedTurnAndDoesThemLater() {
        Noting noting = new Noting();
        noting.failuresLeft.set(1);
        assertBothDoneLaterLosingNothing(noting);
    }

    @Test
    void aFollowerThatRanOutOfHeapGoesOnFollowingAndLosesNothing() {
        Noting noting = new Noting();
        noting.heapsExhausted.set(1);
        assertBothDoneLaterLosingNothing(noting);
    }

    /** Two events deferred to a follower that fails its first turn are both done, in order, later. */
    private void assertBothDoneLaterLosingNothing(Noting noting) {
        Following following = following(noting, Duration.ZERO, Duration.ofMinutes(10));
        defer(following, noting, 1, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> noting.done.size() == 2);
        assertThat(noting.done).containsExactly(1, 2);
        assertBacklogEmpties(following, noting);
    }

    @Test
    void twoInstancesSharingABacklogDoEachEventOnce() {
        Noting here = new Noting();
        Noting there = new Noting() {
            @Override
            public String name() {
                return here.name();
            }
        };
        Following onThisInstance = following(here, Duration.ZERO, Duration.ofMinutes(10));
        following(there, Duration.ZERO, Duration.ofMinutes(10));
        defer(onThisInstance, here, 1, 40);
        await().atMost(Duration.ofSeconds(20)).until(() -> here.done.size() + there.done.size() == 40);
        List<Integer> all = new ArrayList<>(here.done);
        all.addAll(there.done);
        assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        assertBacklogEmpties(onThisInstance, here);
    }

    @Test
    void keepsNothingWhenTheDeferringTransactionRollsBack() throws Exception {
        Noting noting = new Noting();
        Following following = following(noting, Duration.ZERO, Duration.ofMinutes(10));
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            following.defer(noting, new Noted(1));
            status.setRollbackOnly();
        });
        Thread.sleep(1_500);
        assertThat(noting.done).isEmpty();
        assertThat(following.waiting(noting)).isZero();
    }

    private Precedence precedence;

    private Following following(Noting noting, Duration lull, Duration patience) {
        precedence = new Precedence(new FollowingProperties(lull, patience), new EventsAtWork());
        Following following = new Following(jdbc, json, transactionManager, precedence, only(noting), "");
        following.start();
        started.add(following);
        return following;
    }

    private void defer(Following following, Noting noting, int from, int to) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                IntStream.rangeClosed(from, to).forEach(n -> following.defer(noting, new Noted(n))));
    }

    private static ObjectProvider<Follower<?>> only(Follower<?> follower) {
        return new ObjectProvider<>() {
            @Override
            public Follower<?> getObject(Object... args) {
                return follower;
            }

            @Override
            public Follower<?> getIfAvailable() {
                return follower;
            }

            @Override
            public Follower<?> getIfUnique() {
                return follower;
            }

            @Override
            public Follower<?> getObject() {
                return follower;
            }

            @Override
            public Stream<Follower<?>> stream() {
                return Stream.of(follower);
            }

            @Override
            public Stream<Follower<?>> orderedStream() {
                return Stream.of(follower);
            }

            @Override
            public void ifAvailable(Consumer<Follower<?>> consumer) {
                consumer.accept(follower);
            }
        };
    }

    /**
     * A follower notes an event inside its turn's transaction and removes it from the backlog when
     * that commits, so the backlog empties a moment after the events are seen done.
     */
    private static void assertBacklogEmpties(Following following, Follower<?> follower) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(following.waiting(follower)).isZero());
    }
}
