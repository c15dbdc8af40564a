package pk.hifazat.networks.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Betweenness centrality by Brandes' algorithm (2001): how many shortest paths between other nodes
 * pass through each node — high for a broker between groups that would otherwise not meet. Exact
 * up to {@code exactUpTo} nodes (one breadth-first search per node, O(n·m)); above, from a fixed
 * sample of source nodes scaled up by n/sample (Brandes and Pich, 2007), which keeps the order of
 * the top brokers while costing O(sample·m). The sample is seeded so a page looks the same twice.
 */
final class Brokers {

    private Brokers() {
    }

    static double[] betweenness(Adjacency g, int exactUpTo, int sample) {
        int n = g.n();
        double[] score = new double[n];
        int[] sources = sources(n, exactUpTo, sample);
        int[] stack = new int[n];
        int[] queue = new int[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        for (int s : sources) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            distance[s] = 0;
            paths[s] = 1;
            int head = 0;
            int tail = 0;
            int top = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int e = g.offsets()[v]; e < g.offsets()[v + 1]; e++) {
                    int w = g.targets()[e];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int e = g.offsets()[w]; e < g.offsets()[w + 1]; e++) {
                    int v = g.targets()[e];
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                if (w != s) {
                    score[w] += dependency[w];
                }
            }
        }
        double scale = (double) n / Math.max(1, sources.length) / 2;
        for (int i = 0; i < n; i++) {
            score[i] *= scale;
        }
        return score;
    }

    private static int[] sources(int n, int exactUpTo, int sample) {
        if (n <= exactUpTo || sample >= n) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        SplittableRandom random = new SplittableRandom(n);
        for (int i = 0; i < sample; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, sample);
    }
}
