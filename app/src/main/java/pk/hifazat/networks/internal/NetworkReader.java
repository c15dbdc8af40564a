package pk.hifazat.networks.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /** A network as the listener announces it: some of its reports and its size. */
    record Joined(List<ReportId> reports, int size) {
    }

    /**
     * For each report, up to {@code limit} reports of its network (itself among them) and the
     * network's size: each network's members are listed once, however many of the reports it holds.
     */
    Map<ReportId, Joined> networksOf(List<ReportId> reports, int limit) {
        Map<ReportId, Long> nodes = store.reportNodes(reports);
        Map<Long, List<ReportId>> byRoot = new LinkedHashMap<>();
        Map<Long, long[]> members = new HashMap<>();
        index.read(components -> {
            nodes.forEach((report, node) -> {
                long root = components.find(node);
                byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(report);
                members.computeIfAbsent(root, r -> components.members(node, Integer.MAX_VALUE));
            });
            return null;
        });
        Map<Long, Integer> limits = new HashMap<>();
        byRoot.forEach((root, ours) -> limits.put(root, limit + ours.size()));
        Map<Long, List<String>> keys = store.reportsAmongEach(members, limits);
        Map<ReportId, Joined> joined = new HashMap<>();
        byRoot.forEach((root, ours) -> {
            List<ReportId> some = keys.getOrDefault(root, List.of()).stream()
                    .map(key -> new ReportId(UUID.fromString(key))).toList();
            Joined network = new Joined(some, members.get(root).length);
            ours.forEach(report -> joined.put(report, network));
        });
        return joined;
    }
}
