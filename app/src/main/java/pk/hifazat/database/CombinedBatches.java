package pk.hifazat.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Small batches handed in by many listeners at once, done together: each caller hands in its batch
 * and waits; whoever has the turn does every batch waiting at that moment as one (up to
 * {@code maxItems}), then tells each caller its outcome. A caller returns only once its own batch
 * was done, by itself or by another, so an event's publication is completed only after its work.
 *
 * <p>Why: at a thousand single reports a second, each report arrives in an event of its own, and a
 * listener that did each alone paid a transaction, a dozen statements and a connection for every
 * report, and fell behind. Done together, the same work costs one transaction per turn, and the
 * batch grows with the backlog: the busier the listener, the cheaper each report. Idle, a batch is
 * done at once, alone, as before.
 *
 * <p>The trade-off is failure: a combined batch fails as one. Each of its batches is then done again
 * alone, so that one bad event fails only its own caller, who fails as it would have alone (and the
 * event publication registry retries it).
 *
 * <p>One turn at a time in this instance, waiting without a transaction: the work opens its own. The
 * turn is fair, so batches are taken in the order they were handed in.
 */
public final class CombinedBatches<T> {

    private final int maxItems;
    private final Consumer<List<T>> work;
    private final ReentrantLock turn = new ReentrantLock(true);
    private final ConcurrentLinkedQueue<Handed<T>> waiting = new ConcurrentLinkedQueue<>();

    /** {@code work} does one combined batch, in its own transaction; {@code maxItems} bounds a combination. */
    public CombinedBatches(int maxItems, Consumer<List<T>> work) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("A combined batch holds at least one item");
        }
        this.maxItems = maxItems;
        this.work = work;
    }

    /** Returns once the items were done; throws what their work threw. */
    public void run(List<T> items) {
        Handed<T> mine = new Handed<>(List.copyOf(items));
        waiting.add(mine);
        turn.lock();
        try {
            while (!mine.done) {
                doTogether(takeWaiting());
            }
        } finally {
            turn.unlock();
        }
        switch (mine.failure) {
            case null -> { }
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(mine.failure);
        }
    }

    /** How many batches wait for a turn now. */
    int waiting() {
        return waiting.size();
    }

    /** Batches in the order handed in, at least one, as many more as fit. */
    private List<Handed<T>> takeWaiting() {
        List<Handed<T>> taken = new ArrayList<>();
        int items = 0;
        for (Handed<T> next = waiting.peek(); next != null; next = waiting.peek()) {
            if (!taken.isEmpty() && items + next.items.size() > maxItems) {
                break;
            }
            taken.add(waiting.poll());
            items += next.items.size();
        }
        return taken;
    }

    private void doTogether(List<Handed<T>> taken) {
        if (taken.size() == 1) {
            doAlone(taken.getFirst());
            return;
        }
        List<T> all = new ArrayList<>();
        taken.forEach(handed -> all.addAll(handed.items));
        try {
            work.accept(all);
            taken.forEach(handed -> handed.done = true);
        } catch (RuntimeException | Error together) {
            taken.forEach(this::doAlone);
        }
    }

    private void doAlone(Handed<T> handed) {
        try {
            work.accept(handed.items);
        } catch (RuntimeException | Error e) {
            handed.failure = e;
        }
        handed.done = true;
    }

    /** Written by the turn's holder, read by the caller after the turn passed through the lock. */
    private static final class Handed<T> {
        private final List<T> items;
        private boolean done;
        private Throwable failure;

        private Handed(List<T> items) {
            this.items = items;
        }
    }
}
