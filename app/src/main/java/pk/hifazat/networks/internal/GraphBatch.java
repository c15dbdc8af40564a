package pk.hifazat.networks.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pk.hifazat.linking.LinkStrength;
import pk.hifazat.networks.EdgeKind;
import pk.hifazat.networks.GraphNode;
import pk.hifazat.networks.NodeRef;

/**
 * Nodes and edges to write together, each once: a batch of reports becomes two statements, not one
 * per node and edge. A node named twice keeps the later time; an edge named twice the later strength.
 */
final class GraphBatch {

    record Node(GraphNode node, Instant at) {
    }

    record Edge(NodeRef from, NodeRef to, EdgeKind kind, LinkStrength strength, Instant at) {
    }

    private final Map<NodeRef, Node> nodes = new LinkedHashMap<>();
    private final Map<List<Object>, Edge> edges = new LinkedHashMap<>();

    NodeRef node(GraphNode node, Instant at) {
        nodes.merge(node.ref(), new Node(node, at), (old, added) -> added.at().isAfter(old.at()) ? added : old);
        return node.ref();
    }

    void edge(NodeRef from, NodeRef to, EdgeKind kind, LinkStrength strength, Instant at) {
        edges.put(List.of(from, to, kind), new Edge(from, to, kind, strength, at));
    }

    Collection<Node> nodes() {
        return nodes.values();
    }

    Collection<Edge> edges() {
        return edges.values();
    }

    boolean isEmpty() {
        return nodes.isEmpty();
    }
}
