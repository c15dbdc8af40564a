package pk.hifazat.networks;

import java.util.List;
import java.util.Objects;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.intake.ReportId;

/**
 * New reports joined networks that already held other reports: one event per projected batch. The
 * extension point for alerts: {@code CaseAlerts} tells the lead officer of an open case in the
 * network. A listener that needs the network's reports asks {@link Networks#reportsInNetworkOf}
 * (the event does not list them: reading them for every batch cost more than the rest of keeping
 * the graph, for a list no listener read).
 */
@DomainEvent
public record ReportsJoinedNetworks(List<Joined> joined) {

    public ReportsJoinedNetworks {
        joined = List.copyOf(joined);
        if (joined.isEmpty()) {
            throw new IllegalArgumentException("An event for no report");
        }
    }

    /**
     * @param reportsInNetwork how many reports the network has now, this one among them (at least two)
     * @param networkSize      how many nodes the network has now
     */
    public record Joined(ReportId report, int reportsInNetwork, int networkSize) {

        public Joined {
            Objects.requireNonNull(report, "a report");
            if (reportsInNetwork < 2) {
                throw new IllegalArgumentException("A report that joined no other report");
            }
        }
    }
}
