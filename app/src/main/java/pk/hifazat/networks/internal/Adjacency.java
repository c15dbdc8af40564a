package pk.hifazat.networks.internal;

import java.util.Arrays;

/**
 * An undirected weighted graph of {@code n} nodes numbered from 0, in compressed rows: the
 * neighbours of node {@code i} are {@code targets[offsets[i]] .. targets[offsets[i+1]-1]}. Each
 * undirected edge is stored in both rows; a self-loop once, with its weight counted twice in
 * {@link #strength}, as modularity counts it.
 */
record Adjacency(int n, int[] offsets, int[] targets, double[] weights) {

    /** From parallel arrays of edge ends (one entry per undirected edge, weight 1). */
    static Adjacency of(int n, int[] from, int[] to) {
        double[] ones = new double[from.length];
        Arrays.fill(ones, 1);
        return of(n, from, to, ones);
    }

    static Adjacency of(int n, int[] from, int[] to, double[] weight) {
        int[] offsets = new int[n + 1];
        for (int e = 0; e < from.length; e++) {
            offsets[from[e] + 1]++;
            if (from[e] != to[e]) {
                offsets[to[e] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] targets = new int[offsets[n]];
        double[] weights = new double[offsets[n]];
        for (int e = 0; e < from.length; e++) {
            targets[fill[from[e]]] = to[e];
            weights[fill[from[e]]++] = weight[e];
            if (from[e] != to[e]) {
                targets[fill[to[e]]] = from[e];
                weights[fill[to[e]]++] = weight[e];
            }
        }
        return new Adjacency(n, offsets, targets, weights);
    }

    int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** The sum of the weights of a node's edges, a self-loop counted twice. */
    double strength(int node) {
        double sum = 0;
        for (int e = offsets[node]; e < offsets[node + 1]; e++) {
            sum += targets[e] == node ? 2 * weights[e] : weights[e];
        }
        return sum;
    }
}
