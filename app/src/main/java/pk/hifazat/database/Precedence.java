package pk.hifazat.database;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * The path a report takes to its unit's queue — stored, matched, linked, triaged — goes first; work
 * that only follows it (the networks' graph, the statistics: {@link Follower}s) waits for a lull.
 *
 * <p>Why: on two cores everything competes for the same processors and the same database. Profiled
 * during a bulk import, the graph and the counts took about a third of the CPU, and every report
 * reached its queue that much later, while neither is needed to route a report. So the path marks
 * its work {@link #urgent()}, and {@link Following} waits in {@link #awaitLull} before each batch of
 * following work: it starts once no urgent work has run for the
 * {@linkplain FollowingProperties#lull() lull}, or once the oldest event waiting has waited the
 * {@linkplain FollowingProperties#patience() patience}, whichever comes first. The trade-off: during
 * a flood the networks and the dashboards are up to the patience behind; nothing is lost, since the
 * waiting events are kept in the database.
 *
 * <p>Per instance: another instance's flood does not hold this one's followers. Only the followers'
 * few threads look at the clock, every {@link #LOOK_EVERY_MILLIS} ms.
 */
@Component
public class Precedence {

    static final long LOOK_EVERY_MILLIS = 20;

    private final AtomicInteger running = new AtomicInteger();
    private volatile long lastEnded = System.nanoTime();
    private final long lullNanos;
    private final long patienceNanos;
    private final EventsAtWork atWork;

    public Precedence(FollowingProperties settings, EventsAtWork atWork) {
        this.atWork = atWork;
        this.lullNanos = settings.lull().toNanos();
        this.patienceNanos = settings.patience().toNanos();
    }

    /** Marks work on a report's path to its queue until the answer is closed (try-with-resources). */
    public Urgency urgent() {
        running.incrementAndGet();
        return () -> {
            lastEnded = System.nanoTime();
            running.decrementAndGet();
        };
    }

    /**
     * Marks a listener's work on a report's path to its queue, and holds its event while the
     * listener waits for its turn and works ({@link EventsAtWork}), until the answer is closed.
     */
    public Urgency urgent(Object event) {
        EventsAtWork.Held held = atWork.hold(event);
        Urgency urgent = urgent();
        return () -> {
            urgent.close();
            held.close();
        };
    }

    /**
     * Waits for a lull in urgent work, or until work deferred at {@code since} has waited the
     * patience, whichever comes first.
     */
    public void awaitLull(Instant since) throws InterruptedException {
        while (!quiet() && Duration.between(since, Instant.now()).toNanos() < patienceNanos) {
            TimeUnit.MILLISECONDS.sleep(LOOK_EVERY_MILLIS);
        }
    }

    private boolean quiet() {
        return running.get() == 0 && System.nanoTime() - lastEnded >= lullNanos;
    }

    /** Urgent work, until closed. */
    @FunctionalInterface
    public interface Urgency extends AutoCloseable {
        @Override
        void close();
    }
}
