package pk.hifazat.networks.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import pk.hifazat.intake.ReportId;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.networks.NodeRef;
import pk.hifazat.networks.Networks;

/** Networks read from the index and the projection. */
@Component
class NetworkReader implements Networks {

    private final NetworkIndex index;
    private final GraphStore store;

    NetworkReader(NetworkIndex index, GraphStore store) {
        this.index = index;
        this.store = store;
    }

    /** The node ids of the network of this node, at most {@code limit}. */
    long[] members(long node, int limit) {
        return index.read(components -> components.members(node, limit));
    }

    @Override
    public List<ReportId> reportsInNetworkOf(ReportId report, int limit) {
        return store.idOf(new NodeRef(NodeKind.REPORT, report.value().toString()))
                .map(node -> store.reportsAmong(members(node, Integer.MAX_VALUE), limit).stream()
                        .map(key -> new ReportId(UUID.fromString(key))).toList())
                .orElse(List.of());
    }

    @Override
    public int sizeOfNetworkOf(NodeRef node) {
        return store.idOf(node).map(id -> index.read(components -> components.sizeOf(id))).orElse(0);
    }

    /** How many nodes the network of this node id has. */
    int sizeOfNetwork(long node) {
        return index.read(components -> components.sizeOf(node));
    }

    /** The representative of a node's network: the same for every node of it until the index changes. */
    long rootOf(long node) {
        return index.read(components -> (long) components.find(node));
    }

    /** A network as the listener announces it: how many reports and how many nodes it has. */
    record Joined(int reports, int size) {
    }

    /**
     * The network of each report that the graph holds, counted in the component index: no read of
     * the graph however large the networks.
     */
    Map<ReportId, Joined> networksOf(List<ReportId> reports) {
        Map<ReportId, Long> nodes = store.reportNodes(reports);
        return index.read(components -> {
            Map<ReportId, Joined> joined = new HashMap<>();
            nodes.forEach((report, node) ->
                    joined.put(report, new Joined(components.reportsIn(node), components.sizeOf(node))));
            return joined;
        });
    }
}
