package pk.hifazat.networks;

import java.util.List;
import java.util.Objects;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.intake.ReportId;

/**
 * New reports joined networks that already held other reports: one event per projected batch. The
 * extension point for alerts — cases listens and tells the lead officer of an open case whose
 * reports are among {@code othersInNetwork}.
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
     * @param othersInNetwork other reports of the network, at most a hundred
     * @param networkSize     how many nodes the network has now
     */
    public record Joined(ReportId report, List<ReportId> othersInNetwork, int networkSize) {

        public Joined {
            Objects.requireNonNull(report, "a report");
            othersInNetwork = List.copyOf(othersInNetwork);
        }
    }
}
