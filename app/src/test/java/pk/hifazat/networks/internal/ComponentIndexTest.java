package pk.hifazat.networks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class ComponentIndexTest {

    @Test
    void joinsNodesEdgeByEdgeAndListsANetworksMembers() {
        ComponentIndex index = new ComponentIndex();
        index.ensure(10);
        index.union(1, 2);
        index.union(3, 4);
        assertThat(index.find(1)).isNotEqualTo(index.find(3));
        index.union(2, 3);

        assertThat(index.members(4, 100)).containsExactly(1, 2, 3, 4);
        assertThat(index.sizeOf(1)).isEqualTo(4);
        assertThat(index.members(7, 100)).containsExactly(7);
        assertThat(index.members(1, 2)).containsExactly(1, 2);
    }

    @Test
    void countsEachNetworksReportsThroughEveryJoin() {
        ComponentIndex index = new ComponentIndex();
        index.ensure(10);
        index.markReport(1);
        index.markReport(3);
        index.markReport(5);
        index.union(1, 2);
        index.union(3, 4);
        assertThat(index.reportsIn(2)).isEqualTo(1);
        index.union(4, 2);
        index.union(6, 7);
        index.markReport(12);

        assertThat(index.reportsIn(1)).isEqualTo(2);
        assertThat(index.reportsIn(4)).isEqualTo(2);
        assertThat(index.reportsIn(5)).isEqualTo(1);
        assertThat(index.reportsIn(6)).isZero();
        assertThat(index.reportsIn(12)).isEqualTo(1);
        assertThat(index.reportsIn(99)).isZero();
        index.union(12, 1);
        assertThat(index.reportsIn(3)).isEqualTo(3);
    }

    @Test
    void listsEachNetworksMembersAsAPassOverEveryNodeWould() {
        int nodes = 3_000;
        SplittableRandom random = new SplittableRandom(11);
        ComponentIndex index = new ComponentIndex();
        index.ensure(nodes);
        for (int e = 0; e < 2_000; e++) {
            index.union(1 + random.nextInt(nodes), 1 + random.nextInt(nodes));
        }
        for (int node = 1; node <= nodes; node += 13) {
            int root = index.find(node);
            long[] byScan = LongStream.rangeClosed(1, nodes).filter(n -> index.find(n) == root).toArray();
            assertThat(index.members(node, Integer.MAX_VALUE)).containsExactly(byScan);
            assertThat(index.members(node, 3)).containsExactly(Arrays.copyOf(byScan, Math.min(3, byScan.length)));
        }
    }

    @Test
    void addingEdgesOneAtATimeEqualsLoadingThemAllInAnotherOrder() {
        int nodes = 5_000;
        SplittableRandom random = new SplittableRandom(3);
        long[][] edges = new long[4_000][];
        for (int e = 0; e < edges.length; e++) {
            edges[e] = new long[] {1 + random.nextInt(nodes), 1 + random.nextInt(nodes)};
        }
        ComponentIndex incremental = new ComponentIndex();
        for (long[] edge : edges) {
            incremental.union(edge[0], edge[1]);
        }
        incremental.ensure(nodes);
        ComponentIndex fromScratch = new ComponentIndex();
        fromScratch.ensure(nodes);
        for (int e = edges.length - 1; e >= 0; e--) {
            fromScratch.union(edges[e][1], edges[e][0]);
        }
        for (int a = 1; a <= nodes; a += 7) {
            for (int b = 1; b <= nodes; b += 331) {
                assertThat(incremental.find(a) == incremental.find(b)).isEqualTo(fromScratch.find(a) == fromScratch.find(b));
            }
        }
    }
}
