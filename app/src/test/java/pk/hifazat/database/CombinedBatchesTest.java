package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class CombinedBatchesTest {

    @Test
    void doesALoneBatchAtOnceByItself() {
        List<List<Integer>> done = new ArrayList<>();
        new CombinedBatches<Integer>(10, done::add).run(List.of(1, 2, 3));
        assertThat(done).containsExactly(List.of(1, 2, 3));
    }

    @Test
    void doesTheBatchesThatWaitedAsOneInTheOrderTheyWereHandedIn() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> done = Collections.synchronizedList(new ArrayList<>());
        CombinedBatches<Integer> batches = new CombinedBatches<>(100, items -> {
            if (items.contains(0)) {
                firstStarted.countDown();
                await(release);
            }
            done.add(items);
        });
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> first = callers.submit(() -> batches.run(List.of(0)));
            firstStarted.await(5, TimeUnit.SECONDS);
            List<Future<?>> waiting = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int item = i;
                waiting.add(callers.submit(() -> batches.run(List.of(item))));
                awaitQueued(batches, i);
            }
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            for (Future<?> f : waiting) {
                f.get(5, TimeUnit.SECONDS);
            }
        }
        assertThat(done).containsExactly(List.of(0), List.of(1, 2, 3, 4, 5));
    }

    @Test
    void combinesNoMoreThanItsLimitButAlwaysTakesAWholeBatch() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> done = Collections.synchronizedList(new ArrayList<>());
        CombinedBatches<Integer> batches = new CombinedBatches<>(3, items -> {
            if (items.contains(0)) {
                firstStarted.countDown();
                await(release);
            }
            done.add(items);
        });
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> first = callers.submit(() -> batches.run(List.of(0)));
            firstStarted.await(5, TimeUnit.SECONDS);
            List<List<Integer>> handed = List.of(List.of(1, 2), List.of(3), List.of(4, 5, 6, 7), List.of(8));
            List<Future<?>> waiting = new ArrayList<>();
            for (int i = 0; i < handed.size(); i++) {
                List<Integer> items = handed.get(i);
                waiting.add(callers.submit(() -> batches.run(items)));
                awaitQueued(batches, i + 1);
            }
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            for (Future<?> f : waiting) {
                f.get(5, TimeUnit.SECONDS);
            }
        }
        assertThat(done).containsExactly(List.of(0), List.of(1, 2, 3), List.of(4, 5, 6, 7), List.of(8));
    }

    @Test
    void failsOnlyTheCallerWhoseBatchFailsWhenTheCombinationFails() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> done = Collections.synchronizedList(new ArrayList<>());
        CombinedBatches<Integer> batches = new CombinedBatches<>(100, items -> {
            if (items.contains(0)) {
                firstStarted.countDown();
                await(release);
            }
            if (items.contains(13)) {
                throw new IllegalStateException("an unlucky report");
            }
            done.add(items);
        });
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> first = callers.submit(() -> batches.run(List.of(0)));
            firstStarted.await(5, TimeUnit.SECONDS);
            Future<?> good = callers.submit(() -> batches.run(List.of(12)));
            awaitQueued(batches, 1);
            Future<?> bad = callers.submit(() -> batches.run(List.of(13)));
            awaitQueued(batches, 2);
            Future<?> alsoGood = callers.submit(() -> batches.run(List.of(14)));
            awaitQueued(batches, 3);
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            good.get(5, TimeUnit.SECONDS);
            alsoGood.get(5, TimeUnit.SECONDS);
            assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("an unlucky report");
        }
        assertThat(done).containsExactly(List.of(0), List.of(12), List.of(14));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until the given number of batches wait behind the one being done. */
    private static void awaitQueued(CombinedBatches<?> batches, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (batches.waiting() < count && System.nanoTime() < until) {
            Thread.sleep(1);
        }
    }
}
