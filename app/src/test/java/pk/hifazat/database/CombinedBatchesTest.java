package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
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
        Run run = whileTheFirstBatchIsDone(100, Set.of(), List.of(List.of(1), List.of(2), List.of(3), List.of(4), List.of(5)));
        assertThat(run.done).containsExactly(List.of(0), List.of(1, 2, 3, 4, 5));
    }

    @Test
    void combinesNoMoreThanItsLimitButAlwaysTakesAWholeBatch() throws Exception {
        Run run = whileTheFirstBatchIsDone(3, Set.of(), List.of(List.of(1, 2), List.of(3), List.of(4, 5, 6, 7), List.of(8)));
        assertThat(run.done).containsExactly(List.of(0), List.of(1, 2, 3), List.of(4, 5, 6, 7), List.of(8));
    }

    @Test
    void failsOnlyTheCallerWhoseBatchFailsWhenTheCombinationFails() throws Exception {
        Run run = whileTheFirstBatchIsDone(100, Set.of(13), List.of(List.of(12), List.of(13), List.of(14)));
        assertThat(run.done).containsExactly(List.of(0), List.of(12), List.of(14));
        run.callers.get(0).get();
        run.callers.get(2).get();
        assertThatThrownBy(() -> run.callers.get(1).get()).hasRootCauseMessage("an unlucky report 13");
    }

    /** What was done, batch by batch, and each caller's outcome. */
    private record Run(List<List<Integer>> done, List<Future<?>> callers) {
    }

    /**
     * Hands in the batch {@code [0]}, and while it is being done, each of {@code handed} in turn,
     * each waiting behind it; then lets the first finish and waits for every caller.
     */
    private static Run whileTheFirstBatchIsDone(int maxItems, Set<Integer> failing, List<List<Integer>> handed)
            throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> done = Collections.synchronizedList(new ArrayList<>());
        CombinedBatches<Integer> batches = new CombinedBatches<>(maxItems, items -> {
            if (items.contains(0)) {
                firstStarted.countDown();
                await(release);
            }
            items.stream().filter(failing::contains).findFirst().ifPresent(bad -> {
                throw new IllegalStateException("an unlucky report " + bad);
            });
            done.add(items);
        });
        List<Future<?>> callers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> first = threads.submit(() -> batches.run(List.of(0)));
            assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
            for (List<Integer> items : handed) {
                callers.add(threads.submit(() -> batches.run(items)));
                awaitQueued(batches, callers.size());
            }
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
        }
        return new Run(List.copyOf(done), callers);
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
