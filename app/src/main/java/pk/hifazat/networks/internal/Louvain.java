package pk.hifazat.networks.internal;

import java.util.Arrays;

/**
 * Communities by the Louvain method (Blondel et al., 2008): every node starts alone; nodes move to
 * the neighbouring community that raises modularity most, until none moves; then each community
 * becomes one node and the same is done again, until a level changes nothing. Nodes are visited in
 * index order, so the result is the same on every run.
 */
final class Louvain {

    /** Below this modularity gain a move is not worth making: it stops rounding errors from cycling. */
    private static final double EPSILON = 1e-12;

    private Louvain() {
    }

    /** The community of each node, numbered 0.. in order of each community's first node. */
    static int[] communities(Adjacency graph) {
        int[] ofOriginal = new int[graph.n()];
        for (int i = 0; i < ofOriginal.length; i++) {
            ofOriginal[i] = i;
        }
        Adjacency level = graph;
        while (true) {
            int[] moved = oneLevel(level);
            int count = renumber(moved);
            if (count == level.n()) {
                break;
            }
            for (int i = 0; i < ofOriginal.length; i++) {
                ofOriginal[i] = moved[ofOriginal[i]];
            }
            level = aggregate(level, moved, count);
        }
        renumber(ofOriginal);
        return ofOriginal;
    }

    private static int[] oneLevel(Adjacency g) {
        int n = g.n();
        int[] community = new int[n];
        double[] total = new double[n];
        double[] strength = new double[n];
        double twiceM = 0;
        for (int i = 0; i < n; i++) {
            community[i] = i;
            strength[i] = g.strength(i);
            total[i] = strength[i];
            twiceM += strength[i];
        }
        if (twiceM == 0) {
            return community;
        }
        double[] toCommunity = new double[n];
        int[] touched = new int[n];
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < n; i++) {
                int own = community[i];
                int touchedCount = 0;
                for (int e = g.offsets()[i]; e < g.offsets()[i + 1]; e++) {
                    int j = g.targets()[e];
                    if (j == i) {
                        continue;
                    }
                    int c = community[j];
                    if (toCommunity[c] == 0) {
                        touched[touchedCount++] = c;
                    }
                    toCommunity[c] += g.weights()[e];
                }
                total[own] -= strength[i];
                int best = own;
                double bestGain = toCommunity[own] - total[own] * strength[i] / twiceM;
                for (int t = 0; t < touchedCount; t++) {
                    int c = touched[t];
                    double gain = toCommunity[c] - total[c] * strength[i] / twiceM;
                    if (gain > bestGain + EPSILON) {
                        best = c;
                        bestGain = gain;
                    }
                }
                total[best] += strength[i];
                if (best != own) {
                    community[i] = best;
                    improved = true;
                }
                for (int t = 0; t < touchedCount; t++) {
                    toCommunity[touched[t]] = 0;
                }
                toCommunity[own] = 0;
            }
        }
        return community;
    }

    /** Numbers the communities 0.. in order of first appearance; returns how many there are. */
    private static int renumber(int[] community) {
        int[] number = new int[community.length];
        Arrays.fill(number, -1);
        int next = 0;
        for (int i = 0; i < community.length; i++) {
            int c = community[i];
            if (number[c] < 0) {
                number[c] = next++;
            }
            community[i] = number[c];
        }
        return next;
    }

    /** One node per community; the edges between two communities summed into one weighted edge. */
    private static Adjacency aggregate(Adjacency g, int[] community, int count) {
        java.util.Map<Long, Double> summed = new java.util.HashMap<>();
        for (int i = 0; i < g.n(); i++) {
            for (int e = g.offsets()[i]; e < g.offsets()[i + 1]; e++) {
                int j = g.targets()[e];
                if (j < i) {
                    continue;
                }
                int a = Math.min(community[i], community[j]);
                int b = Math.max(community[i], community[j]);
                summed.merge(((long) a << 32) | b, g.weights()[e], Double::sum);
            }
        }
        int[] from = new int[summed.size()];
        int[] to = new int[summed.size()];
        double[] weight = new double[summed.size()];
        int k = 0;
        for (var entry : summed.entrySet()) {
            from[k] = (int) (entry.getKey() >>> 32);
            to[k] = (int) (long) entry.getKey();
            weight[k++] = entry.getValue();
        }
        return Adjacency.of(count, from, to, weight);
    }
}
