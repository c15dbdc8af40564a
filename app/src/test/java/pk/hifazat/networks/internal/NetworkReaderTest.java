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

/** The listener's batch read: every touched network answered at once, each as if asked alone. */
@HifazatTest
class NetworkReaderTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    @Autowired
    NetworkReader reader;

    @Autowired
    GraphStore store;

    @Test
    void eachReportGetsItsOwnNetworksLowestReportsAndSize() {
        List<ReportId> large = plantNetwork(7);
        List<ReportId> small = plantNetwork(2);
        List<ReportId> huge = plantNetwork(10_001);
        ReportId alone = plantNetwork(1).getFirst();

        Map<ReportId, NetworkReader.Joined> joined = reader.networksOf(
                List.of(large.get(5), large.get(6), small.get(1), huge.get(9_000), alone), 3);

        NetworkReader.Joined expectedLarge = new NetworkReader.Joined(large.subList(0, 5), 8);
        assertThat(joined.get(large.get(5))).isEqualTo(expectedLarge);
        assertThat(joined.get(large.get(6))).isEqualTo(expectedLarge);
        assertThat(joined.get(small.get(1))).isEqualTo(new NetworkReader.Joined(small, 3));
        assertThat(joined.get(huge.get(9_000))).isEqualTo(new NetworkReader.Joined(huge.subList(0, 4), 10_002));
        assertThat(joined.get(alone)).isEqualTo(new NetworkReader.Joined(List.of(alone), 1));
    }

    /** Reports sharing one phone (none for a single report), in the order of their node ids. */
    private List<ReportId> plantNetwork(int reports) {
        GraphBatch batch = new GraphBatch();
        NodeRef phone = batch.node(new GraphNode(new NodeRef(NodeKind.PHONE, UUID.randomUUID().toString()), null, null, null), AT);
        List<ReportId> planted = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            ReportId id = new ReportId(UUID.randomUUID());
            NodeRef report = batch.node(new GraphNode(new NodeRef(NodeKind.REPORT, id.value().toString()), null, null, null), AT);
            if (reports > 1) {
                batch.edge(report, phone, EdgeKind.MENTIONS, LinkStrength.STRONG, AT);
            }
            planted.add(id);
        }
        store.writeInTurn(batch);
        Map<ReportId, Long> nodes = store.reportNodes(planted);
        return planted.stream().sorted((a, b) -> Long.compare(nodes.get(a), nodes.get(b))).toList();
    }
}
