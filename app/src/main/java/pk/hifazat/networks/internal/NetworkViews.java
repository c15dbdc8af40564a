package pk.hifazat.networks.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.SignedInUser;
import pk.hifazat.intake.ReportId;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.networks.NodeRef;
import pk.hifazat.units.Jurisdiction;

/**
 * Networks as one officer sees them: every view and export audited, the viewer's last look kept
 * (for "new since your last look"), access requests recorded.
 */
@Service
class NetworkViews {

    /** A network listed on the networks page. */
    record Listed(long node, String label, int size, Instant newest) {
    }

    private final PictureBuilder pictures;
    private final GraphStore store;
    private final NetworkReader reader;
    private final Access access;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    NetworkViews(PictureBuilder pictures, GraphStore store, NetworkReader reader, Access access, AuditLog audit,
                 JdbcClient jdbc) {
        this.pictures = pictures;
        this.store = store;
        this.reader = reader;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The picture around a node; {@code hops} 0 for the whole network. Marks the viewer's look. */
    @Transactional
    Picture picture(long node, int hops) {
        SignedInUser user = access.require();
        store.byId(node).orElseThrow(() -> new UnknownNodeException("node " + node));
        Instant lastLook = jdbc.sql("SELECT looked_at FROM net_last_look WHERE user_id = :user AND node_id = :node")
                .param("user", user.id().value()).param("node", node)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        Picture picture = pictures.around(node, Math.max(0, Math.min(2, hops)), user.jurisdiction(), lastLook);
        jdbc.sql("""
                        INSERT INTO net_last_look (user_id, node_id, looked_at) VALUES (:user, :node, now())
                        ON CONFLICT (user_id, node_id) DO UPDATE SET looked_at = now()""")
                .param("user", user.id().value()).param("node", node).update();
        audit.record(AuditRecord.of(NetworksAction.VIEW_NETWORK, "NetworkNode", node)
                .withDetail("nodes=" + picture.nodes().size() + " restricted=" + picture.summary().restricted()));
        return picture;
    }

    /** The picture to export, audited as an export. */
    @Transactional
    Picture export(long node, String format) {
        SignedInUser user = access.require();
        store.byId(node).orElseThrow(() -> new UnknownNodeException("node " + node));
        Picture picture = pictures.around(node, 0, user.jurisdiction(), null);
        audit.record(AuditRecord.of(NetworksAction.EXPORT_NETWORK, "NetworkNode", node).withDetail("format=" + format));
        return picture;
    }

    long nodeOf(ReportId report) {
        return store.idOf(new NodeRef(NodeKind.REPORT, report.value().toString()))
                .orElseThrow(() -> new UnknownNodeException("report " + report));
    }

    /** Records a request to see a node of another unit's records. */
    @Transactional
    long requestAccess(long node, String reason) {
        SignedInUser user = access.require();
        store.byId(node).orElseThrow(() -> new UnknownNodeException("node " + node));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidRequestException("reason", "networks.request.reason.invalid",
                    "The reason must be 1 to 500 characters");
        }
        long id = jdbc.sql("""
                        INSERT INTO net_access_request (node_id, requested_by, reason, requested_at)
                        VALUES (:node, :user, :reason, now()) RETURNING id""")
                .param("node", node).param("user", user.id().value()).param("reason", why)
                .query(Long.class).single();
        audit.record(AuditRecord.of(NetworksAction.REQUEST_ACCESS, "NetworkNode", node).withDetail("request=" + id));
        return id;
    }

    /** The largest networks that hold the viewer's newest reports. */
    List<Listed> largest(int count) {
        Jurisdiction visible = access.visibleDistricts();
        List<Long> reports = jdbc.sql("""
                        SELECT id FROM net_node WHERE kind = 'REPORT'
                          AND (:national OR district = ANY(:districts))
                        ORDER BY seen_at DESC, id DESC LIMIT 2000""")
                .param("national", visible.national())
                .param("districts", visible.districts().stream().map(d -> d.value()).toArray(String[]::new))
                .query(Long.class).list();
        Map<Long, Long> byRoot = new LinkedHashMap<>();
        Map<Long, Integer> sizes = new LinkedHashMap<>();
        for (long report : reports) {
            long root = reader.rootOf(report);
            if (!byRoot.containsKey(root)) {
                byRoot.put(root, report);
                sizes.put(root, reader.sizeOfNetwork(report));
            }
        }
        List<Long> largest = new ArrayList<>(byRoot.keySet());
        largest.sort(Comparator.comparing(sizes::get, Comparator.reverseOrder()));
        List<Long> shown = largest.stream().filter(root -> sizes.get(root) > 2).limit(count).map(byRoot::get).toList();
        Map<Long, StoredNode> nodes = new LinkedHashMap<>();
        store.nodes(shown).forEach(n -> nodes.put(n.id(), n));
        return shown.stream().map(id -> new Listed(id, nodes.get(id).label(), reader.sizeOfNetwork(id), nodes.get(id).seenAt()))
                .toList();
    }

    static ReportId report(String id) {
        try {
            return new ReportId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new UnknownNodeException("report " + id);
        }
    }
}
