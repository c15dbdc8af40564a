package pk.hifazat.networks.internal;

import java.util.Arrays;

/**
 * Which network each node is in: a union-find over node ids (the projection's dense identity
 * column), joined by strong edges only. Path halving and union by size keep each operation near
 * constant, so a million nodes and five million edges load in seconds and a new report's edges are
 * added in microseconds.
 *
 * <p>Each network's nodes are also threaded on a ring ({@code next}): a union splices two rings by
 * swapping one link each, so listing a network costs its own size, not a pass over every node the
 * index knows, when a picture or a network's page lists one. The ring costs one more int per node.
 * Not thread-safe: {@link NetworkIndex} guards it.
 *
 * <p>Each network also counts its report nodes ({@link #markReport}), so that whether a new report
 * joined other reports is answered without reading the graph: announcing the networks of a linked
 * batch once listed up to a hundred reports of each from the database, 11,000 random page reads a
 * batch that no listener used. The count costs no memory: a root needs no parent, so its slot in
 * {@code parent} holds its network's size, negated, and the size's former array holds the counts.
 * Three ints a node id: 318 MB for the 26.5 M ids of 3 M reports (a fourth array ran a 1 GB heap out).
 */
final class ComponentIndex {

    /** A node's parent; for a root, its network's size, negated. */
    private int[] parent = new int[1024];
    private int[] next = new int[1024];
    /** A root's count of report nodes in its network; meaningless elsewhere. */
    private int[] reports = new int[1024];
    private int known;

    /** Makes room for node ids up to {@code id}; each new node is a network of its own. */
    void ensure(long id) {
        int needed = Math.toIntExact(id) + 1;
        if (needed > parent.length) {
            int capacity = Math.max(needed, parent.length * 2);
            parent = Arrays.copyOf(parent, capacity);
            next = Arrays.copyOf(next, capacity);
            reports = Arrays.copyOf(reports, capacity);
        }
        for (int i = known; i < needed; i++) {
            parent[i] = -1;
            next[i] = i;
            reports[i] = 0;
        }
        known = Math.max(known, needed);
    }

    int find(long id) {
        int x = Math.toIntExact(id);
        if (x >= known) {
            return x;
        }
        while (parent[x] >= 0) {
            int above = parent[x];
            if (parent[above] >= 0) {
                parent[x] = parent[above];
            }
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
        // Sizes are negated: the larger network has the smaller number.
        if (parent[ra] > parent[rb]) {
            int swap = ra;
            ra = rb;
            rb = swap;
        }
        parent[ra] += parent[rb];
        parent[rb] = ra;
        reports[ra] += reports[rb];
        int after = next[ra];
        next[ra] = next[rb];
        next[rb] = after;
        return true;
    }

    /** How many nodes the network of this node has. */
    int sizeOf(long id) {
        int x = Math.toIntExact(id);
        return x >= known ? 1 : -parent[find(id)];
    }

    /** Counts a node as a report in its network; each report node is marked once. */
    void markReport(long id) {
        ensure(id);
        reports[find(id)]++;
    }

    /** How many report nodes the network of this node has. */
    int reportsIn(long id) {
        int x = Math.toIntExact(id);
        return x >= known ? 0 : reports[find(id)];
    }

    /**
     * The node ids of the network of {@code id}, at most {@code limit}: its lowest ids, in id order.
     * The whole ring is walked (the lowest ids may lie anywhere on it), then sorted.
     */
    long[] members(long id, int limit) {
        int x = Math.toIntExact(id);
        if (x >= known || x < 1) {
            return new long[] {id};
        }
        int[] ring = new int[-parent[find(x)]];
        int count = 0;
        int node = x;
        do {
            ring[count++] = node;
            node = next[node];
        } while (node != x);
        Arrays.sort(ring);
        int kept = Math.min(limit, count);
        long[] found = new long[kept];
        for (int i = 0; i < kept; i++) {
            found[i] = ring[i];
        }
        return found;
    }
}
