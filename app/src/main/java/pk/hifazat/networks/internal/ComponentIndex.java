package pk.hifazat.networks.internal;

import java.util.Arrays;

/**
 * Which network each node is in: a union-find over node ids (the projection's dense identity
 * column), joined by strong edges only. Path halving and union by size keep each operation near
 * constant, so a million nodes and five million edges load in seconds and a new report's edges are
 * added in microseconds. Not thread-safe: {@link NetworkIndex} guards it.
 */
final class ComponentIndex {

    private int[] parent = new int[1024];
    private int[] size = new int[1024];
    private int known;

    /** Makes room for node ids up to {@code id}; each new node is a network of its own. */
    void ensure(long id) {
        int needed = Math.toIntExact(id) + 1;
        if (needed > parent.length) {
            int capacity = Math.max(needed, parent.length * 2);
            parent = Arrays.copyOf(parent, capacity);
            size = Arrays.copyOf(size, capacity);
        }
        for (int i = known; i < needed; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        known = Math.max(known, needed);
    }

    int find(long id) {
        int x = Math.toIntExact(id);
        if (x >= known) {
            return x;
        }
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the networks of two nodes; true when they were apart. */
    boolean union(long a, long b) {
        ensure(Math.max(a, b));
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (size[ra] < size[rb]) {
            int swap = ra;
            ra = rb;
            rb = swap;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return true;
    }

    /** How many nodes the network of this node has. */
    int sizeOf(long id) {
        int x = Math.toIntExact(id);
        return x >= known ? 1 : size[find(id)];
    }

    /** Every node id in the same network as {@code id}, at most {@code limit}, in id order. */
    long[] members(long id, int limit) {
        int root = find(id);
        if (Math.toIntExact(id) >= known || size[root] == 1) {
            return new long[] {id};
        }
        long[] found = new long[Math.min(limit, size[root])];
        int count = 0;
        for (int i = 1; i < known && count < found.length; i++) {
            if (find(i) == root) {
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }
}
