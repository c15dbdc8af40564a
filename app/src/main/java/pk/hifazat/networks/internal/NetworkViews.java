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
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CaseOpenings;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.SignedInUser;
import pk.hifazat.intake.ReceivedReports;
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

    /** The most members of a network searched for the reports a case is opened from or attached. */
    private static final int MEMBERS = 100_000;

    /** A network listed on the networks page. */
    record Listed(long node, String label, int size, Instant newest) {
    }

    /** How many of a user's latest looks are searched for their last look at a network. */
    private static final int LOOKS = 500;

    private final PictureBuilder pictures;
    private final GraphStore store;
    private final NetworkReader reader;
    private final CaseAlerts alerts;
    private final CaseOpenings openings;
    private final Access access;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    NetworkViews(PictureBuilder pictures, GraphStore store, NetworkReader reader, CaseAlerts alerts, CaseOpenings openings,
                 Access access, AuditLog audit, JdbcClient jdbc) {
        this.pictures = pictures;
        this.store = store;
        this.reader = reader;
        this.alerts = alerts;
        this.openings = openings;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * The picture around a node; {@code hops} 0 for the whole network. A look (the page, the staff API)
     * is recorded, and the viewer's alerts about the drawn records are seen; the page's script reads the
     * picture again without a look, and is shown what is new since the same last look as the page.
     */
    @Transactional
    Picture picture(long node, int hops, boolean look) {
        SignedInUser user = access.require();
        store.byId(node).orElseThrow(() -> new UnknownNodeException("node " + node));
        Look last = lastLook(user, node);
        Instant since = look ? last.at() : last.before();
        Picture picture = pictures.around(node, Math.max(0, Math.min(2, hops)), user.jurisdiction(), since);
        if (look) {
            alerts.seen(user.id().value(), picture.nodes().stream().map(Picture.Node::id).toList());
            jdbc.sql("""
                            INSERT INTO net_last_look (user_id, node_id, looked_at, looked_before) VALUES (:user, :node, now(), :before)
                            ON CONFLICT (user_id, node_id) DO UPDATE SET looked_at = now(), looked_before = :before""")
                    .param("user", user.id().value()).param("node", node)
                    .param("before", since == null ? null : Timestamp.from(since)).update();
        }
        audit.record(AuditRecord.of(NetworksAction.VIEW_NETWORK, "NetworkNode", node)
                .withDetail("nodes=" + picture.nodes().size() + " restricted=" + picture.summary().restricted()));
        return picture;
    }

    /** A user's look at a node's network and the one before it; either null when there was none. */
    private record Look(long node, Instant at, Instant before) {
    }

    /**
     * The user's last look at the network of this node: the latest at any of its nodes (a network has
     * no name of its own; the nodes it grows from stay in it). The looks are read first and matched to
     * the network after, so that the index is never asked while a result set is open.
     */
    private Look lastLook(SignedInUser user, long node) {
        long root = reader.rootOf(node);
        List<Look> looks = jdbc.sql("""
                        SELECT node_id, looked_at, looked_before FROM net_last_look WHERE user_id = :user
                        ORDER BY looked_at DESC LIMIT :looks""")
                .param("user", user.id().value()).param("looks", LOOKS)
                .query((rs, n) -> new Look(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .list();
        return looks.stream().filter(look -> reader.rootOf(look.node()) == root).findFirst()
                .orElse(new Look(node, null, null));
    }

    /** Opens a case from a network: its reports in the officer's jurisdiction are attached (cases checks and audits). */
    @Transactional
    CaseNumber openCase(long node, String title, String district) {
        CaseNumber number = openings.openFromReports(title, district, visibleReports(node));
        audit.record(AuditRecord.of(NetworksAction.CASE_FROM_NETWORK, "NetworkNode", node).withDetail("opened " + number));
        return number;
    }

    /** Attaches a network's reports in the officer's jurisdiction to an existing case; the reports new to it. */
    @Transactional
    List<ReportId> attachToCase(long node, String caseNumber) {
        String number = caseNumber == null ? "" : caseNumber.strip();
        List<ReportId> attached = openings.attach(number, visibleReports(node));
        audit.record(AuditRecord.of(NetworksAction.CASE_FROM_NETWORK, "NetworkNode", node)
                .withDetail("attached " + attached.size() + " to " + number));
        return attached;
    }

    private List<ReportId> visibleReports(long node) {
        SignedInUser user = access.require();
        store.byId(node).orElseThrow(() -> new UnknownNodeException("node " + node));
        Jurisdiction jurisdiction = access.visibleDistricts();
        List<ReportId> reports = store.keysAmong(reader.members(node, MEMBERS), NodeKind.REPORT,
                        jurisdiction.national() ? null : jurisdiction.districts(), ReceivedReports.MAX_BATCH).stream()
                .map(key -> new ReportId(UUID.fromString(key))).toList();
        if (reports.isEmpty()) {
            throw new InvalidRequestException("reports", "networks.case.noReports",
                    "No report of this network is in " + user.username() + "'s jurisdiction");
        }
        return reports;
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
