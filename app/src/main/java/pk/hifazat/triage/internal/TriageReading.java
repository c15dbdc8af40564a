package pk.hifazat.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.geography.District;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;
import pk.hifazat.identity.Access;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.Clusters;
import pk.hifazat.linking.SharedIdentifier;
import pk.hifazat.units.Jurisdiction;
import pk.hifazat.units.Unit;
import pk.hifazat.units.UnitId;
import pk.hifazat.units.Units;

/**
 * What the triage pages and the staff API show, read once for both so that they answer the same.
 * Every read is checked and audited through {@link Access} on the unit whose queue holds the cluster.
 */
@Service
class TriageReading {

    static final int REPORTS_SHOWN = 200;
    static final int SHARED_SHOWN = 50;

    private final QueueItems items;
    private final ReportRows rows;
    private final ReceivedReports received;
    private final ObjectProvider<Clusters> clusters;
    private final Units units;
    private final Districts districts;
    private final Access access;

    TriageReading(QueueItems items, ReportRows rows, ReceivedReports received, ObjectProvider<Clusters> clusters,
                  Units units, Districts districts, Access access) {
        this.items = items;
        this.rows = rows;
        this.received = received;
        this.clusters = clusters;
        this.units = units;
        this.districts = districts;
        this.access = access;
    }

    /** The queue item of a cluster, after checking the reader may open its unit's queue. */
    @Transactional(readOnly = true)
    QueueItem item(UUID cluster, AuditRecord attempt) {
        QueueItem item = items.of(cluster).orElseThrow(TriageReading::notFound);
        access.checkUnit(unit(item), attempt);
        return item;
    }

    @Transactional
    ClusterView cluster(UUID cluster) {
        QueueItem item = item(cluster, AuditRecord.of(CommonAction.VIEW, "Cluster", cluster));
        return view(item);
    }

    @Transactional
    ReportTriage report(UUID report) {
        ReportRow row = rows.of(report).orElseThrow(TriageReading::notFound);
        QueueItem item = items.of(row.cluster()).orElseThrow(TriageReading::notFound);
        access.checkUnit(unit(item), AuditRecord.of(CommonAction.VIEW, "Report", report));
        ClusterView cluster = view(item);
        District own = district(row.district());
        District counted = own != null ? own : cluster.district();
        DistrictRule rule = own != null ? row.districtRule()
                : counted != null ? DistrictRule.LINKED_REPORT : DistrictRule.UNRESOLVED;
        String receipt = received.receipts(List.of(new ReportId(report))).values().stream()
                .map(ReceiptCode::value).findFirst().orElse(null);
        return new ReportTriage(row, receipt, counted, rule, cluster, shared(report));
    }

    /** The report a receipt code belongs to, as partners and the public quote it. */
    Optional<UUID> byReceipt(String code) {
        return ReceiptCode.parse(code).flatMap(received::withReceipt).map(ReportId::value);
    }

    Unit unit(QueueItem item) {
        return units.byId(new UnitId(item.queueUnit())).orElseThrow();
    }

    private ClusterView view(QueueItem item) {
        List<ReportRow> members = rows.inCluster(item.cluster(), REPORTS_SHOWN);
        List<UUID> ids = members.stream().map(ReportRow::report).toList();
        Map<ReportId, ReceiptCode> receipts = received.receipts(ids.stream().map(ReportId::new).toList());
        District clusterDistrict = district(item.district());
        List<ClusterView.LinkedRow> linked = members.stream().map(r -> {
            District own = district(r.district());
            return new ClusterView.LinkedRow(r, receiptOf(receipts, r.report()),
                    own != null ? own : clusterDistrict,
                    own != null ? r.districtRule() : clusterDistrict != null ? DistrictRule.LINKED_REPORT : DistrictRule.UNRESOLVED);
        }).toList();
        return new ClusterView(item, unit(item), clusterDistrict, linked, rows.material(ids), rows.unknownMaterial(ids));
    }

    private List<ReportTriage.Shared> shared(UUID report) {
        Clusters linking = clusters.getIfAvailable();
        if (linking == null) {
            return List.of();
        }
        Jurisdiction visible = access.visibleDistricts();
        List<ReportTriage.Shared> shared = new ArrayList<>();
        for (SharedIdentifier identifier : linking.sharedBy(new ReportId(report), SHARED_SHOWN)) {
            List<UUID> others = identifier.otherReports().stream().map(ReportId::value).toList();
            List<District> in = rows.districtsOf(others).stream().map(this::district).filter(d -> d != null).toList();
            Map<ReportId, ReceiptCode> receipts = received.receipts(identifier.otherReports());
            List<ClusterView.LinkedRow> open = new ArrayList<>();
            for (UUID other : others) {
                rows.of(other).ifPresent(r -> {
                    District d = district(r.district());
                    if (visible.national() || (d != null && visible.covers(d.code()))) {
                        open.add(new ClusterView.LinkedRow(r, receiptOf(receipts, other), d, r.districtRule()));
                    }
                });
            }
            shared.add(new ReportTriage.Shared(identifier.kind(), identifier.value(), identifier.platform(),
                    identifier.strength(), identifier.otherCount(), in, open));
        }
        return shared;
    }

    private static String receiptOf(Map<ReportId, ReceiptCode> receipts, UUID report) {
        ReceiptCode code = receipts.get(new ReportId(report));
        return code == null ? null : code.value();
    }

    District district(String code) {
        return code == null ? null : districts.byCode(new DistrictCode(code)).orElse(null);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
