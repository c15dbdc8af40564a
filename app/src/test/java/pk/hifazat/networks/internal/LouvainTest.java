package pk.hifazat.networks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LouvainTest {

    @Test
    void splitsTwoDenseGroupsJoinedByOneEdge() {
        List<int[]> edges = new ArrayList<>();
        clique(edges, 0, 8);
        clique(edges, 8, 8);
        edges.add(new int[] {3, 11});
        int[] community = Louvain.communities(graph(16, edges));

        assertThat(Arrays.stream(community, 0, 8).distinct()).containsExactly(community[0]);
        assertThat(Arrays.stream(community, 8, 16).distinct()).containsExactly(community[8]);
        assertThat(community[0]).isNotEqualTo(community[8]);
    }

    @Test
    void findsEachOfManyPlantedGroupsInAGraphWithSomeNoise() {
        int groups = 20;
        int size = 15;
        List<int[]> edges = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < size; i++) {
                for (int j = i + 1; j < size; j++) {
                    if (random.nextDouble() < 0.6) {
                        edges.add(new int[] {g * size + i, g * size + j});
                    }
                }
            }
            edges.add(new int[] {g * size, ((g + 1) % groups) * size + 1});
        }
        int[] community = Louvain.communities(graph(groups * size, edges));

        for (int g = 0; g < groups; g++) {
            assertThat(Arrays.stream(community, g * size, (g + 1) * size).distinct()).hasSize(1);
        }
        assertThat(Arrays.stream(community).distinct().count()).isEqualTo(groups);
    }

    @Test
    void leavesAGraphWithoutEdgesAsSingletons() {
        assertThat(Louvain.communities(Adjacency.of(3, new int[0], new int[0]))).containsExactly(0, 1, 2);
    }

    @Test
    void theBridgeBetweenTwoGroupsIsTheTopBroker() {
        List<int[]> edges = new ArrayList<>();
        clique(edges, 0, 6);
        clique(edges, 7, 6);
        edges.add(new int[] {0, 6});
        edges.add(new int[] {6, 7});
        double[] betweenness = Brokers.betweenness(graph(13, edges), 1000, 10);
        int top = 0;
        for (int i = 1; i < betweenness.length; i++) {
            top = betweenness[i] > betweenness[top] ? i : top;
        }
        assertThat(top).isEqualTo(6);
        assertThat(betweenness[6]).isEqualTo(36.0);
    }

    @Test
    void sampledBetweennessKeepsTheTopBroker() {
        List<int[]> edges = new ArrayList<>();
        clique(edges, 0, 40);
        clique(edges, 41, 40);
        edges.add(new int[] {0, 40});
        edges.add(new int[] {40, 41});
        double[] sampled = Brokers.betweenness(graph(81, edges), 10, 20);
        int top = 0;
        for (int i = 1; i < sampled.length; i++) {
            top = sampled[i] > sampled[top] ? i : top;
        }
        assertThat(top).isIn(0, 40, 41);
    }

    static void clique(List<int[]> edges, int from, int size) {
        for (int i = from; i < from + size; i++) {
            for (int j = i + 1; j < from + size; j++) {
                edges.add(new int[] {i, j});
            }
        }
    }

    static Adjacency graph(int n, List<int[]> edges) {
        return Adjacency.of(n, edges.stream().mapToInt(e -> e[0]).toArray(), edges.stream().mapToInt(e -> e[1]).toArray());
    }
}
