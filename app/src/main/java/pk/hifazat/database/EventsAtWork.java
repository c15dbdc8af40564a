package pk.hifazat.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The events this instance's listeners hold now — working on them, or waiting for their turn — so
 * that {@link StalledEventResubmission} does not hand them out a second time. A publication the
 * registry sees incomplete for over a minute is stalled only if no listener here holds it: during a
 * flood a batch may wait minutes for its turn, and had it been resubmitted, the same batch would have
 * queued again, and again every half minute, doing the same work many times over.
 *
 * <p>Events are compared by value (they are records), as the registry reads them back from their
 * serialised form. Held more than once (a duplicate delivery), an event is counted.
 */
@Component
public class EventsAtWork {

    private final Map<Object, Integer> held = new ConcurrentHashMap<>();

    /** Holds the event until the answer is closed. */
    public Held hold(Object event) {
        held.merge(event, 1, Integer::sum);
        return () -> held.computeIfPresent(event, (e, n) -> n == 1 ? null : n - 1);
    }

    /** Whether a listener of this instance holds the event now. */
    public boolean holds(Object event) {
        return held.containsKey(event);
    }

    /** An event held, until closed (try-with-resources). */
    @FunctionalInterface
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
