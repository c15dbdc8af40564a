package pk.hifazat.linking;

import java.util.Objects;

/** Two clusters became one: every report of {@code absorbed} is now in {@code into}. */
public record ClusterMerge(ClusterId absorbed, ClusterId into) {

    public ClusterMerge {
        Objects.requireNonNull(absorbed, "the absorbed cluster");
        Objects.requireNonNull(into, "the cluster it joined");
    }
}
