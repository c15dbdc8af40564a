package pk.hifazat.networks;

import java.util.List;

import pk.hifazat.intake.ReportId;

/** Reading networks. Nothing here checks jurisdiction: callers check what they show with {@code Access}. */
public interface Networks {

    /** The reports in the same network as this report, itself included, at most {@code limit}. */
    List<ReportId> reportsInNetworkOf(ReportId report, int limit);

    /** How many nodes the network of this node has; 0 when the graph does not know the node. */
    int sizeOfNetworkOf(NodeRef node);
}
