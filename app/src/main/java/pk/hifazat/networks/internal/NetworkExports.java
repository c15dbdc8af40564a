package pk.hifazat.networks.internal;

import java.util.List;

/**
 * A picture as files for analysts' own tools: GraphML (one graph, node and edge attributes declared
 * as keys) and CSV (nodes, edges; RFC 4180 quoting). Restricted nodes keep only their id and kind.
 */
final class NetworkExports {

    private NetworkExports() {
    }

    static String graphml(Picture picture) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="community" for="node" attr.name="community" attr.type="int"/>
                  <key id="degree" for="node" attr.name="degree" attr.type="int"/>
                  <key id="betweenness" for="node" attr.name="betweenness" attr.type="double"/>
                  <key id="district" for="node" attr.name="district" attr.type="string"/>
                  <key id="country" for="node" attr.name="country" attr.type="string"/>
                  <key id="edgeKind" for="edge" attr.name="kind" attr.type="string"/>
                  <key id="strength" for="edge" attr.name="strength" attr.type="string"/>
                  <graph id="network" edgedefault="undirected">
                """);
        for (Picture.Node node : picture.nodes()) {
            xml.append("    <node id=\"n").append(node.id()).append("\">");
            data(xml, "kind", node.kind());
            data(xml, "label", node.label());
            data(xml, "community", String.valueOf(node.community()));
            data(xml, "degree", String.valueOf(node.degree()));
            data(xml, "betweenness", String.valueOf(node.betweenness()));
            data(xml, "district", node.district());
            data(xml, "country", node.country());
            xml.append("</node>\n");
        }
        int e = 0;
        for (Picture.Edge edge : picture.edges()) {
            xml.append("    <edge id=\"e").append(e++).append("\" source=\"n").append(edge.source())
                    .append("\" target=\"n").append(edge.target()).append("\">");
            data(xml, "edgeKind", edge.kind());
            data(xml, "strength", edge.strength());
            xml.append("</edge>\n");
        }
        return xml.append("  </graph>\n</graphml>\n").toString();
    }

    static String nodesCsv(Picture picture) {
        StringBuilder csv = new StringBuilder("id,kind,label,community,degree,betweenness,district,country\r\n");
        for (Picture.Node n : picture.nodes()) {
            row(csv, List.of(String.valueOf(n.id()), n.kind(), nz(n.label()), String.valueOf(n.community()),
                    String.valueOf(n.degree()), String.valueOf(n.betweenness()), nz(n.district()), nz(n.country())));
        }
        return csv.toString();
    }

    static String edgesCsv(Picture picture) {
        StringBuilder csv = new StringBuilder("source,target,kind,strength\r\n");
        for (Picture.Edge e : picture.edges()) {
            row(csv, List.of(String.valueOf(e.source()), String.valueOf(e.target()), e.kind(), e.strength()));
        }
        return csv.toString();
    }

    private static void data(StringBuilder xml, String key, String value) {
        if (value != null) {
            xml.append("<data key=\"").append(key).append("\">").append(escape(value)).append("</data>");
        }
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A cell that a spreadsheet would run as a formula starts with an apostrophe. */
    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.E]+")) {
                cell = "'" + cell;
            }
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            csv.append(i == 0 ? "" : ",").append(cell);
        }
        csv.append("\r\n");
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
