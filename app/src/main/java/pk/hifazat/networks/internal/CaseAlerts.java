package pk.hifazat.networks.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

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
 */
@Component
class CaseAlerts {

    /** The most members of a network searched for its reports and cases. */
    static final int MEMBERS = 100_000;

    /** The most reports and cases of a network asked about. */
    static final int ASKED = 1_000;

    private final GraphStore store;
    private final NetworkReader reader;
    private final OpenCases openCases;
    private final JdbcClient jdbc;

    CaseAlerts(GraphStore store, NetworkReader reader, OpenCases openCases, JdbcClient jdbc) {
        this.store = store;
        this.reader = reader;
        this.openCases = openCases;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ReportsJoinedNetworks joined) {
        Map<ReportId, Long> nodes = store.reportNodes(joined.joined().stream().map(ReportsJoinedNetworks.Joined::report).toList());
        nodes.forEach((report, node) -> alert(node, open -> true));
    }

    /** A case's reports joined it to a network: the leads of the network's other open cases are told. */
    void caseJoined(CaseId joined, NodeRef caseNode) {
        store.idOf(caseNode).ifPresent(node -> alert(node, open -> !open.id().equals(joined)));
    }

    private void alert(long node, Predicate<OpenCases.OpenCase> which) {
        long[] members = reader.members(node, MEMBERS);
        List<ReportId> reports = store.reportsAmong(members, ASKED).stream().map(key -> new ReportId(UUID.fromString(key))).toList();
        List<CaseId> cases = store.keysAmong(members, NodeKind.CASE, ASKED).stream().map(CaseId::of).toList();
        Instant now = Instant.now();
        openCases.touching(reports, cases).stream().filter(which).filter(open -> open.lead() != null)
                .forEach(open -> jdbc.sql("""
                                INSERT INTO net_case_alert (lead_id, case_id, case_number, node_id, created_at)
                                VALUES (:lead, :case, :number, :node, :at) ON CONFLICT DO NOTHING""")
                        .param("lead", open.lead().value()).param("case", open.id().value())
                        .param("number", open.number().value()).param("node", node).param("at", Timestamp.from(now))
                        .update());
    }

    /** The user's alerts about these nodes are seen: they looked at the network. */
    void seen(UUID user, List<Long> nodes) {
        jdbc.sql("UPDATE net_case_alert SET seen_at = now() WHERE lead_id = :user AND seen_at IS NULL AND node_id = ANY(:nodes)")
                .param("user", user).param("nodes", nodes.toArray(Long[]::new)).update();
    }
}
