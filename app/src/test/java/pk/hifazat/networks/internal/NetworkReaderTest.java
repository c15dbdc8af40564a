package pk.hifazat.networks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.LinkStrength;
import pk.hifazat.networks.EdgeKind;
import pk.hifazat.networks.GraphNode;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.networks.NodeRef;

/** The listener's batch read: each report's network counted in the index, as the graph holds it. */
@HifazatTest
class NetworkReaderTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    @Autowired
    NetworkReader reader;

    @Autowired
    GraphStore store;

    @Test
    void eachReportGetsItsOwnNetworksCountOfReportsAndSize() {
        List<ReportId> large = plantNetwork(7);
        List<ReportId> small = plantNetwork(2);
        List<ReportId> huge = plantNetwork(10_001);
        ReportId alone = plantNetwork(1).getFirst();

        Map<ReportId, NetworkReader.Joined> joined = reader.networksOf(
                List.of(large.get(5), large.get(6), small.get(1), huge.get(9_000), alone));

        assertThat(joined.get(large.get(5))).isEqualTo(new NetworkReader.Joined(7, 8));
        assertThat(joined.get(large.get(6))).isEqualTo(new NetworkReader.Joined(7, 8));
        assertThat(joined.get(small.get(1))).isEqualTo(new NetworkReader.Joined(2, 3));
        assertThat(joined.get(huge.get(9_000))).isEqualTo(new NetworkReader.Joined(10_001, 10_002));
        assertThat(joined.get(alone)).isEqualTo(new NetworkReader.Joined(1, 1));
    }

    @Test
    void twoNetworksJoinedByALaterEdgeCountTheirReportsTogether() {
        List<ReportId> left = plantNetwork(3);
        List<ReportId> right = plantNetwork(4);
        assertThat(reader.networksOf(List.of(left.getFirst())).get(left.getFirst()))
                .isEqualTo(new NetworkReader.Joined(3, 4));

        GraphBatch bridge = new GraphBatch();
        NodeRef wallet = node(bridge, NodeKind.WALLET, UUID.randomUUID().toString());
        for (ReportId report : List.of(left.getFirst(), right.getFirst())) {
            bridge.edge(node(bridge, NodeKind.REPORT, report.toString()), wallet, EdgeKind.MENTIONS, LinkStrength.STRONG, AT);
        }
        store.writeInTurn(bridge);

        assertThat(reader.networksOf(List.of(left.get(2), right.get(3))).values())
                .containsOnly(new NetworkReader.Joined(7, 10));
    }

    /** Reports sharing one phone (none for a single report), in the order of their node ids. */
    private List<ReportId> plantNetwork(int reports) {
        GraphBatch batch = new GraphBatch();
        NodeRef phone = node(batch, NodeKind.PHONE, UUID.randomUUID().toString());
        List<ReportId> planted = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            ReportId id = new ReportId(UUID.randomUUID());
            NodeRef report = node(batch, NodeKind.REPORT, id.toString());
            if (reports > 1) {
                batch.edge(report, phone, EdgeKind.MENTIONS, LinkStrength.STRONG, AT);
            }
            planted.add(id);
        }
        store.writeInTurn(batch);
        Map<ReportId, Long> nodes = store.reportNodes(planted);
        return planted.stream().sorted((a, b) -> Long.compare(nodes.get(a), nodes.get(b))).toList();
    }

    private static NodeRef node(GraphBatch batch, NodeKind kind, String key) {
        return batch.node(new GraphNode(new NodeRef(kind, key), null, null, null), AT);
    }
}
