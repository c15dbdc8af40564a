package pk.hifazat.database;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Work between modules that a listener did not finish — it failed, or its instance died mid-way —
 * is handed to the listeners again: every 30 seconds, the event publications incomplete for over a
 * minute are resubmitted, by one instance at a time ({@link ExclusiveJobs}).
 *
 * <p>Why not Spring Modulith's resubmission at start-up: with several instances, one that restarts
 * would resubmit the publications another is processing at that moment, and each would be done
 * twice. A minute is far longer than any listener takes for a batch, so what is resubmitted is
 * stalled, not slow; the listeners are idempotent all the same, as at-least-once delivery needs.
 * A publication whose event a listener of this instance holds ({@link EventsAtWork}) is not stalled
 * however old: during a flood, a batch may wait its turn for longer than a minute. (Another
 * instance's held events are not known here; what it holds may be done twice.)
 * A command ({@code hifazat.command}) beside a running application never takes its work.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${hifazat.command:}'.isEmpty()")
@EnableScheduling
public class StalledEventResubmission {

    static final String JOB = "event-resubmission";
    static final Duration STALLED_AFTER = Duration.ofMinutes(1);

    private final IncompleteEventPublications incomplete;
    private final ExclusiveJobs jobs;
    private final EventsAtWork atWork;
    private Map<UUID, Object> heldLastRound = Map.of();

    StalledEventResubmission(IncompleteEventPublications incomplete, ExclusiveJobs jobs, EventsAtWork atWork) {
        this.incomplete = incomplete;
        this.jobs = jobs;
        this.atWork = atWork;
    }

    /** One round; whether this instance did it. */
    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    public synchronized boolean resubmitStalled() {
        return jobs.runAlone(JOB, () -> {
            Instant stalledBefore = Instant.now().minus(STALLED_AFTER);
            Map<UUID, Object> heldNow = new HashMap<>();
            incomplete.resubmitIncompletePublications(publication ->
                    publication.getPublicationDate().isBefore(stalledBefore) && !held(publication, heldNow));
            heldLastRound = heldNow;
        });
    }

    /**
     * Whether a listener here holds the publication's event. A publication found held last round is
     * checked against the event read then, sparing the registry's reading of a large event again.
     */
    private boolean held(EventPublication publication, Map<UUID, Object> heldNow) {
        Object known = heldLastRound.get(publication.getIdentifier());
        Object event = known != null && atWork.holds(known) ? known : publication.getEvent();
        if (atWork.holds(event)) {
            heldNow.put(publication.getIdentifier(), event);
            return true;
        }
        return false;
    }
}
