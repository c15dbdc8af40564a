package pk.hifazat.networks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.HifazatTest;
import pk.hifazat.linking.LinkStrength;
import pk.hifazat.networks.EdgeKind;
import pk.hifazat.networks.GraphNode;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.networks.NodeRef;

/** Writing edges says when networks must be recomputed: only when an existing edge's strength changed. */
@HifazatTest
class GraphStoreTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    @Autowired
    GraphStore store;

    @Test
    void saysAnEdgeChangedOnlyWhenAnExistingEdgeTakesAnotherStrength() {
        GraphNode report = node(NodeKind.REPORT);
        GraphNode phone = node(NodeKind.PHONE);
        GraphNode email = node(NodeKind.EMAIL);

        assertThat(store.write(edges(report, phone, LinkStrength.STRONG, null, null))).isFalse();
        assertThat(store.write(edges(report, phone, LinkStrength.STRONG, email, LinkStrength.WEAK))).isFalse();
        assertThat(store.write(edges(report, phone, LinkStrength.NOISE, email, LinkStrength.WEAK))).isTrue();
        assertThat(store.write(edges(report, phone, LinkStrength.NOISE, email, LinkStrength.WEAK))).isFalse();
    }

    private static GraphNode node(NodeKind kind) {
        return new GraphNode(new NodeRef(kind, UUID.randomUUID().toString()), null, null, null);
    }

    private static GraphBatch edges(GraphNode report, GraphNode first, LinkStrength firstStrength,
                                    GraphNode second, LinkStrength secondStrength) {
        GraphBatch batch = new GraphBatch();
        NodeRef from = batch.node(report, AT);
        batch.edge(from, batch.node(first, AT), EdgeKind.MENTIONS, firstStrength, AT);
        if (second != null) {
            batch.edge(from, batch.node(second, AT), EdgeKind.MENTIONS, secondStrength, AT);
        }
        return batch;
    }
}
