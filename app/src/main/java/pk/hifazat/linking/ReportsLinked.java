package pk.hifazat.linking;

import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * Reports were linked: one event per linked batch. Every newly received report of the batch is in
 * {@code reports} (alone in its own cluster when it shares nothing), and every merge of existing
 * clusters the batch caused is in {@code merges}, so a listener can move whatever it keeps per
 * cluster. Modules that act on a new report (triage) listen to this event rather than to intake's,
 * so they always see the report's links.
 */
@DomainEvent
public record ReportsLinked(List<LinkedReport> reports, List<ClusterMerge> merges) {

    public ReportsLinked {
        reports = List.copyOf(reports);
        merges = List.copyOf(merges);
        if (reports.isEmpty() && merges.isEmpty()) {
            throw new IllegalArgumentException("An event for nothing linked");
        }
    }
}
