package pk.hifazat.linking;

import java.util.List;
import java.util.Objects;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A cluster came apart: an analyst marked as noise a key that had held it together. The reports in
 * {@code moved} are now in the new clusters named beside them; every other report of
 * {@code cluster} stayed in it (the largest part keeps the cluster's id).
 */
@DomainEvent
public record ClustersSplit(ClusterId cluster, List<LinkedReport> moved) {

    public ClustersSplit {
        Objects.requireNonNull(cluster, "the cluster that was split");
        moved = List.copyOf(moved);
        if (moved.isEmpty()) {
            throw new IllegalArgumentException("A split that moved no report");
        }
    }
}
