package pk.hifazat.database;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
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

    StalledEventResubmission(IncompleteEventPublications incomplete, ExclusiveJobs jobs) {
        this.incomplete = incomplete;
        this.jobs = jobs;
    }

    /** One round; whether this instance did it. */
    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    public boolean resubmitStalled() {
        return jobs.runAlone(JOB, () -> incomplete.resubmitIncompletePublicationsOlderThan(STALLED_AFTER));
    }
}
