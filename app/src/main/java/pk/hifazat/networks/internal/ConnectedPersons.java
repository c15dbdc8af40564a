package pk.hifazat.networks.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pk.hifazat.networks.NodeKind;

/**
 * The most connected persons: each ranked by the reports and cases they reach — those they appear in,
 * those naming an identifier they use, and those of a person they are the same as. A name given in
 * many reports is one node per report; nodes with the same name reaching the same records are one
 * line, so the list names persons, not nodes. Children are never ranked.
 */
final class ConnectedPersons {

    private ConnectedPersons() {
    }

    static List<Picture.Ranked> rank(List<StoredNode> nodes, List<Picture.Node> drawn, Adjacency graph, int count) {
        Map<List<Object>, Picture.Node> lines = new LinkedHashMap<>();
        Map<List<Object>, Integer> reach = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).kind() != NodeKind.PERSON || PictureBuilder.RESTRICTED.equals(drawn.get(i).kind())) {
                continue;
            }
            BitSet records = new BitSet(nodes.size());
            for (int e = graph.offsets()[i]; e < graph.offsets()[i + 1]; e++) {
                int j = graph.targets()[e];
                if (record(nodes.get(j))) {
                    records.set(j);
                } else {
                    for (int f = graph.offsets()[j]; f < graph.offsets()[j + 1]; f++) {
                        if (record(nodes.get(graph.targets()[f]))) {
                            records.set(graph.targets()[f]);
                        }
                    }
                }
            }
            List<Object> line = List.of(nodes.get(i).label(), records);
            lines.putIfAbsent(line, drawn.get(i));
            reach.put(line, records.cardinality());
        }
        List<Picture.Ranked> ranked = new ArrayList<>();
        lines.forEach((line, node) -> ranked.add(new Picture.Ranked(node, reach.get(line))));
        return ranked.stream().filter(r -> r.records() > 0)
                .sorted(Comparator.comparingInt(Picture.Ranked::records).reversed()
                        .thenComparingLong(r -> r.node().id()))
                .limit(count).toList();
    }

    private static boolean record(StoredNode node) {
        return node.kind() == NodeKind.REPORT || node.kind() == NodeKind.CASE;
    }
}
