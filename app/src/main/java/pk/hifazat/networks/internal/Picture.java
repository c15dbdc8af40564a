package pk.hifazat.networks.internal;

import java.time.Instant;
import java.util.List;

/**
 * What the network page draws and its JSON twin returns: the nodes the viewer may see in full, the
 * others only as "linked record in another unit", the edges between them, and a summary.
 *
 * @param complete false when the network had more nodes than were drawn
 */
record Picture(long centre, List<Node> nodes, List<Edge> edges, Summary summary, boolean complete) {

    /**
     * @param kind        the node kind, or {@code RESTRICTED} for a node of another unit's records
     * @param label       null for a restricted node
     * @param community   the Louvain group inside the network
     * @param betweenness how much the node brokers between others (see {@link Brokers})
     * @param fresh       new since the viewer's last look
     * @param href        the node's record: a report's page, or the network around the node; null when restricted
     */
    record Node(long id, String kind, String label, int community, int degree, double betweenness, Instant seenAt,
                String district, String country, boolean fresh, String href) {
    }

    record Edge(long source, long target, String kind, String strength) {
    }

    /** A person and how many reports and cases they reach (see {@link ConnectedPersons}). */
    record Ranked(Node node, int records) {
    }

    /** An open case touching the network, in the viewer's jurisdiction; {@code lead} a display name or null. */
    record OpenCase(String number, String status, String lead) {
    }

    /**
     * @param size     every node of the network (drawn or not)
     * @param hubs     the most connected persons and accounts the viewer may see, best first
     * @param brokers  the nodes with the highest betweenness the viewer may see, best first
     * @param victims  children by pseudonym only
     * @param connected the persons who reach the most reports and cases, best first
     * @param openCases open cases holding the network's reports or in it, that the viewer may see
     * @param openCasesElsewhere open cases of other units' jurisdiction
     * @param freshNodes the visible nodes new since the viewer's last look, newest first
     */
    record Summary(int size, int reports, int persons, List<String> victims, List<Node> hubs, List<Node> brokers,
                   List<Ranked> connected, List<String> districts, List<String> countries, int communities,
                   List<OpenCase> openCases, int openCasesElsewhere, Instant newestActivity, int restricted, int fresh,
                   List<Node> freshNodes) {
    }
}
