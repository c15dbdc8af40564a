package pk.hifazat.networks.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Component;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.OpenCases;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.StaffDirectory;
import pk.hifazat.identity.UserId;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.LinkStrength;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.units.Jurisdiction;

/**
 * Builds the picture of a network or of the nodes around one, for one viewer: who may see what
 * (a report by its district; any other node through a report the viewer may see), the groups
 * (Louvain), the hubs (degree) and brokers (betweenness), the summary.
 */
@Component
class PictureBuilder {

    static final String RESTRICTED = "RESTRICTED";

    private final NetworkReader reader;
    private final GraphStore store;
    private final NetworksProperties properties;
    private final OpenCases openCases;
    private final StaffDirectory staff;

    PictureBuilder(NetworkReader reader, GraphStore store, NetworksProperties properties, OpenCases openCases,
                   StaffDirectory staff) {
        this.reader = reader;
        this.store = store;
        this.properties = properties;
        this.openCases = openCases;
        this.staff = staff;
    }

    /** The whole network of a node, or — past the drawing limit, or when {@code hops} is 1 or 2 — the nodes that many steps away. */
    Picture around(long centre, int hops, Jurisdiction viewer, Instant lastLook) {
        int limit = properties.maxDrawnNodes();
        long[] members = reader.members(centre, limit + 1);
        int size = reader.sizeOfNetwork(centre);
        boolean whole = hops == 0 && members.length <= limit;
        Set<Long> ids = new LinkedHashSet<>();
        List<StoredEdge> edges;
        if (whole) {
            Arrays.stream(members).forEach(ids::add);
            edges = store.edgesTouching(ids);
        } else {
            ids.add(centre);
            edges = new ArrayList<>();
            Set<Long> frontier = Set.of(centre);
            for (int step = 0; step < Math.max(1, Math.min(2, hops == 0 ? 2 : hops)) && ids.size() < limit; step++) {
                Set<Long> next = new HashSet<>();
                for (StoredEdge edge : store.edgesTouching(frontier)) {
                    for (long end : new long[] {edge.source(), edge.target()}) {
                        if (!ids.contains(end) && ids.size() < limit) {
                            ids.add(end);
                            next.add(end);
                        }
                    }
                }
                frontier = next;
            }
            edges = store.edgesTouching(ids);
        }
        edges.stream().filter(e -> e.strength() == LinkStrength.WEAK)
                .forEach(e -> {
                    if (ids.size() < limit + properties.maxWeakNeighbours()) {
                        ids.add(e.source());
                        ids.add(e.target());
                    }
                });
        List<StoredEdge> drawn = edges.stream().filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList();
        return picture(centre, store.nodes(ids), drawn, viewer, lastLook, size, whole || members.length <= ids.size());
    }

    private Picture picture(long centre, List<StoredNode> nodes, List<StoredEdge> edges, Jurisdiction viewer,
                            Instant lastLook, int size, boolean complete) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            position.put(nodes.get(i).id(), i);
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            from[e] = position.get(edges.get(e).source());
            to[e] = position.get(edges.get(e).target());
        }
        Adjacency graph = Adjacency.of(nodes.size(), from, to);
        int[] community = Louvain.communities(graph);
        double[] betweenness = Brokers.betweenness(graph, properties.exactBetweennessUpTo(), properties.betweennessSample());
        boolean[] visible = visibility(nodes, graph, viewer);
        List<Picture.Node> drawn = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            StoredNode node = nodes.get(i);
            boolean fresh = lastLook != null && node.seenAt().isAfter(lastLook);
            drawn.add(visible[i]
                    ? new Picture.Node(node.id(), node.kind().name(), node.label(), community[i], graph.degree(i),
                            betweenness[i], node.seenAt(), code(node.district()), node.country(), fresh, href(node))
                    : new Picture.Node(node.id(), RESTRICTED, null, community[i], graph.degree(i), 0, null, null, null,
                            false, null));
        }
        List<Picture.Edge> lines = edges.stream()
                .map(e -> new Picture.Edge(e.source(), e.target(), e.kind().name(), e.strength().name())).toList();
        Picture.Summary summary = summary(nodes, drawn, visible, size, ConnectedPersons.rank(nodes, drawn, graph, 5),
                openCases(nodes, viewer));
        return new Picture(centre, drawn, lines, summary, complete);
    }

    /** A report or case by its district; every other node when it touches a report or case the viewer may see. */
    private static boolean[] visibility(List<StoredNode> nodes, Adjacency graph, Jurisdiction viewer) {
        boolean[] visible = new boolean[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            StoredNode node = nodes.get(i);
            visible[i] = record(node) && (viewer.national() || node.district() != null && viewer.covers(node.district()));
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (record(nodes.get(i))) {
                continue;
            }
            for (int e = graph.offsets()[i]; e < graph.offsets()[i + 1] && !visible[i]; e++) {
                int j = graph.targets()[e];
                visible[i] = record(nodes.get(j)) && visible[j];
            }
            visible[i] |= viewer.national();
        }
        return visible;
    }

    /** The records that decide who sees what: reports and cases. */
    private static boolean record(StoredNode node) {
        return node.kind() == NodeKind.REPORT || node.kind() == NodeKind.CASE;
    }

    /** The open cases holding the drawn reports or drawn themselves: those the viewer may see by number, the others counted. */
    private OpenCaseLines openCases(List<StoredNode> nodes, Jurisdiction viewer) {
        List<ReportId> reports = nodes.stream().filter(n -> n.kind() == NodeKind.REPORT)
                .map(n -> new ReportId(UUID.fromString(n.key()))).toList();
        List<CaseId> cases = nodes.stream().filter(n -> n.kind() == NodeKind.CASE).map(n -> CaseId.of(n.key())).toList();
        List<OpenCases.OpenCase> open = openCases.touching(reports, cases);
        List<OpenCases.OpenCase> shown = open.stream().filter(c -> viewer.national() || viewer.covers(c.district())).toList();
        Map<UserId, String> names = new HashMap<>();
        staff.byIds(shown.stream().map(OpenCases.OpenCase::lead).filter(Objects::nonNull).distinct().toList())
                .forEach(member -> names.put(member.id(), member.displayName()));
        return new OpenCaseLines(shown.stream().map(c -> new Picture.OpenCase(c.number().value(), c.status().name(),
                c.lead() == null ? null : names.get(c.lead()))).toList(), open.size() - shown.size());
    }

    private record OpenCaseLines(List<Picture.OpenCase> shown, int elsewhere) {
    }

    private static Picture.Summary summary(List<StoredNode> nodes, List<Picture.Node> drawn, boolean[] visible, int size,
                                           List<Picture.Ranked> connected, OpenCaseLines openCases) {
        int reports = 0;
        int persons = 0;
        List<String> victims = new ArrayList<>();
        Set<String> districts = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        Instant newest = null;
        int restricted = 0;
        for (int i = 0; i < nodes.size(); i++) {
            StoredNode node = nodes.get(i);
            reports += node.kind() == NodeKind.REPORT ? 1 : 0;
            persons += node.kind() == NodeKind.PERSON ? 1 : 0;
            if (!visible[i]) {
                restricted++;
                continue;
            }
            if (node.kind() == NodeKind.VICTIM) {
                victims.add(node.label());
            }
            if (node.district() != null) {
                districts.add(node.district().value());
            }
            if (node.country() != null) {
                countries.add(node.country());
            }
            newest = newest == null || node.seenAt().isAfter(newest) ? node.seenAt() : newest;
        }
        List<Picture.Node> shown = drawn.stream().filter(n -> !RESTRICTED.equals(n.kind())).toList();
        List<Picture.Node> hubs = shown.stream().filter(n -> NodeKind.valueOf(n.kind()).actor())
                .sorted(Comparator.comparingInt(Picture.Node::degree).reversed().thenComparingLong(Picture.Node::id))
                .limit(5).toList();
        List<Picture.Node> brokers = shown.stream().filter(n -> n.betweenness() > 0)
                .sorted(Comparator.comparingDouble(Picture.Node::betweenness).reversed().thenComparingLong(Picture.Node::id))
                .limit(5).toList();
        int communities = (int) drawn.stream().mapToInt(Picture.Node::community).distinct().count();
        int fresh = (int) drawn.stream().filter(Picture.Node::fresh).count();
        List<Picture.Node> freshNodes = shown.stream().filter(Picture.Node::fresh)
                .sorted(Comparator.comparing(Picture.Node::seenAt).reversed().thenComparingLong(Picture.Node::id)).toList();
        return new Picture.Summary(size, reports, persons, victims, hubs, brokers, connected, List.copyOf(districts),
                List.copyOf(countries), communities, openCases.shown(), openCases.elsewhere(), newest, restricted, fresh,
                freshNodes);
    }

    /** A report or case opens its page; any other node the network around it. */
    private static String href(StoredNode node) {
        return switch (node.kind()) {
            case REPORT -> "/intake/reports/" + node.key();
            case CASE -> "/cases/" + node.label();
            default -> "/networks/nodes/" + node.id() + "?hops=1";
        };
    }

    private static String code(DistrictCode district) {
        return district == null ? null : district.value();
    }
}
