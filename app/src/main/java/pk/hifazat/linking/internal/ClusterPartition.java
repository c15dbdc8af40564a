package pk.hifazat.linking.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Union-find over whatever identifies a node (a report, a cluster): which nodes end up together.
 * Small and in memory: a batch's reports and the clusters they touch, or one cluster being split.
 */
final class ClusterPartition<T> {

    private final Map<T, T> parent = new HashMap<>();
    private final Map<T, Integer> rank = new HashMap<>();
    private final List<T> order = new ArrayList<>();

    void add(T node) {
        if (parent.putIfAbsent(node, node) == null) {
            rank.put(node, 0);
            order.add(node);
        }
    }

    void join(T a, T b) {
        add(a);
        add(b);
        T rootA = root(a);
        T rootB = root(b);
        if (rootA.equals(rootB)) {
            return;
        }
        int byRank = Integer.compare(rank.get(rootA), rank.get(rootB));
        if (byRank < 0) {
            parent.put(rootA, rootB);
        } else {
            parent.put(rootB, rootA);
            if (byRank == 0) {
                rank.merge(rootA, 1, Integer::sum);
            }
        }
    }

    /** The groups of nodes joined together, each in the order its nodes were first added. */
    List<List<T>> groups() {
        Map<T, List<T>> groups = new LinkedHashMap<>();
        for (T node : order) {
            groups.computeIfAbsent(root(node), r -> new ArrayList<>()).add(node);
        }
        return List.copyOf(groups.values());
    }

    private T root(T node) {
        T current = node;
        while (!parent.get(current).equals(current)) {
            T next = parent.get(current);
            parent.put(current, parent.get(next));
            current = next;
        }
        return current;
    }
}
