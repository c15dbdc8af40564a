package pk.hifazat.networks.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.OpenCases;
import pk.hifazat.intake.ReportId;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.networks.NodeRef;
import pk.hifazat.networks.ReportsJoinedNetworks;

/**
 * A new report or case joined a network that holds an open case: the case's lead officer is told on
 * their home page ({@link CaseAlertNotices}) until they look at the network.
 *
 * <p>A case is in a network when its case node is (cases' reports and persons hang from it), so the
 * check compares the networks of the records that joined with the networks of the case nodes, in
 * the component index: time in the number of case nodes and joined records, never in the size of a
 * network. Listing a network's members for every report of a bulk import made triage wait on it.
 */
@Component
class CaseAlerts {

    private final GraphStore store;
    private final NetworkIndex index;
    private final OpenCases openCases;
    private final JdbcClient jdbc;

    CaseAlerts(GraphStore store, NetworkIndex index, OpenCases openCases, JdbcClient jdbc) {
        this.store = store;
        this.index = index;
        this.openCases = openCases;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ReportsJoinedNetworks joined) {
        alert(store.reportNodes(joined.joined().stream().map(ReportsJoinedNetworks.Joined::report).toList()).values(), null);
    }

    /** A case's reports joined it to a network: the leads of the network's other open cases are told. */
    void caseJoined(CaseId joined, NodeRef caseNode) {
        store.idOf(caseNode).ifPresent(node -> alert(List.of(node), joined));
    }

    private void alert(Collection<Long> joinedNodes, CaseId except) {
        Map<Long, CaseId> caseNodes = store.caseNodes();
        if (joinedNodes.isEmpty() || caseNodes.isEmpty()) {
            return;
        }
        Map<CaseId, Long> touched = index.read(components -> {
            Map<Integer, Long> joinedByNetwork = new HashMap<>();
            joinedNodes.forEach(node -> joinedByNetwork.putIfAbsent(components.find(node), node));
            Map<CaseId, Long> found = new HashMap<>();
            caseNodes.forEach((caseNode, caseId) -> {
                Long node = joinedByNetwork.get(components.find(caseNode));
                if (node != null && !caseId.equals(except)) {
                    found.put(caseId, node);
                }
            });
            return found;
        });
        if (touched.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        openCases.touching(List.of(), List.copyOf(touched.keySet())).stream().filter(open -> open.lead() != null)
                .forEach(open -> jdbc.sql("""
                                INSERT INTO net_case_alert (lead_id, case_id, case_number, node_id, created_at)
                                VALUES (:lead, :case, :number, :node, :at) ON CONFLICT DO NOTHING""")
                        .param("lead", open.lead().value()).param("case", open.id().value())
                        .param("number", open.number().value()).param("node", touched.get(open.id()))
                        .param("at", Timestamp.from(now))
                        .update());
    }

    /** The user's alerts about these nodes are seen: they looked at the network. */
    void seen(UUID user, List<Long> nodes) {
        jdbc.sql("UPDATE net_case_alert SET seen_at = now() WHERE lead_id = :user AND seen_at IS NULL AND node_id = ANY(:nodes)")
                .param("user", user).param("nodes", nodes.toArray(Long[]::new)).update();
    }
}
