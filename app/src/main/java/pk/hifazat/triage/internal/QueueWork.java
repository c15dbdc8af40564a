package pk.hifazat.triage.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.geography.District;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.Access;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportStatus;
import pk.hifazat.triage.Priority;
import pk.hifazat.units.Unit;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

/**
 * What officers do with a queue item: claim, release, re-route, escalate, close; and what analysts
 * set by hand: a priority or a district, with a reason. Each is checked and audited through
 * {@link Access} on the unit whose queue holds the item, in the transaction that makes the change.
 * An action the item's status does not allow (claiming a claimed item) is a conflict, not a change.
 */
@Service
class QueueWork {

    private static final List<QueueStatus> WAITING = List.of(QueueStatus.OPEN, QueueStatus.ESCALATED);
    static final List<QueueStatus> NOT_CLOSED = List.of(QueueStatus.OPEN, QueueStatus.CLAIMED, QueueStatus.ESCALATED);

    private final TriageReading reading;
    private final QueueItems items;
    private final Access access;
    private final Routing routing;
    private final Units units;
    private final ReportRows rows;
    private final Intake intake;

    QueueWork(TriageReading reading, QueueItems items, Access access, Routing routing, Units units, ReportRows rows,
              Intake intake) {
        this.reading = reading;
        this.items = items;
        this.access = access;
        this.routing = routing;
        this.units = units;
        this.rows = rows;
        this.intake = intake;
    }

    @Transactional
    void claim(UUID cluster) {
        reading.item(cluster, record(TriageAction.CLAIM, cluster, ""));
        require(items.move(cluster, WAITING, "status = 'CLAIMED', claimed_by = ?, claimed_at = now()", access.require().username()));
        reportsMoveTo(cluster, ReportStatus.UNDER_REVIEW);
    }

    @Transactional
    void release(UUID cluster) {
        reading.item(cluster, record(TriageAction.RELEASE, cluster, ""));
        require(items.move(cluster, List.of(QueueStatus.CLAIMED), "status = 'OPEN', claimed_by = NULL, claimed_at = NULL"));
    }

    @Transactional
    void reroute(UUID cluster, String unitCode, String reason) {
        String why = reason(reason);
        Unit target = units.byCode(unitCode == null ? "" : unitCode.strip())
                .filter(u -> u.kind() != UnitKind.CPB_OFFICE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unit: no such unit"));
        reading.item(cluster, record(TriageAction.REROUTE, cluster, "to " + target.code() + ": " + why));
        require(items.move(cluster, NOT_CLOSED,
                "routed_to = ?, status = 'OPEN', claimed_by = NULL, claimed_at = NULL, queued_at = now()", target.id().value()));
    }

    @Transactional
    void escalate(UUID cluster, String reason) {
        QueueItem item = reading.item(cluster, record(TriageAction.ESCALATE, cluster, reason == null ? "" : reason.strip()));
        Unit zone = routing.zoneOf(item.district() == null ? null : new DistrictCode(item.district()));
        require(items.move(cluster, NOT_CLOSED, "status = 'ESCALATED', escalated_at = now(), escalated_to = ?", zone.id().value()));
    }

    @Transactional
    void close(UUID cluster, String outcome) {
        QueueOutcome chosen = choice(QueueOutcome.class, outcome, "outcome");
        reading.item(cluster, record(TriageAction.CLOSE, cluster, chosen.name()));
        require(items.move(cluster, NOT_CLOSED, "status = 'CLOSED', outcome = ?, closed_at = now()", chosen.name()));
        rows.setOpen(cluster, false);
        reportsMoveTo(cluster, ReportStatus.CLOSED);
    }

    @Transactional
    void overridePriority(UUID cluster, String priority, String reason) {
        Priority chosen = choice(Priority.class, priority, "priority");
        String why = reason(reason);
        reading.item(cluster, record(TriageAction.OVERRIDE_PRIORITY, cluster, chosen.name() + ": " + why));
        require(items.move(cluster, NOT_CLOSED, "priority_override = ?, override_reason = ?", chosen.level(), why));
    }

    @Transactional
    void overrideDistrict(UUID cluster, District district, String reason) {
        String why = reason(reason);
        if (district == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "district: no such district");
        }
        reading.item(cluster, record(TriageAction.OVERRIDE_DISTRICT, cluster, district.code().value() + ": " + why));
        Unit unit = routing.unitFor(district.code());
        require(items.move(cluster, NOT_CLOSED,
                "district_override = ?, override_reason = ?, unit_id = ?, routed_to = NULL, queued_at = now()",
                district.code().value(), why, unit.id().value()));
    }

    private void reportsMoveTo(UUID cluster, ReportStatus status) {
        rows.inCluster(cluster, TriageReading.REPORTS_SHOWN).forEach(r -> intake.changeStatus(new ReportId(r.report()), status));
    }

    private static AuditRecord record(TriageAction action, UUID cluster, String detail) {
        return AuditRecord.of(action, "Cluster", cluster).withDetail(detail);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason: a reason is required");
        }
        if (reason.length() > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason: at most 1000 characters");
        }
        return reason.strip();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, field + ": not one of the choices");
        }
    }

    private static void require(boolean moved) {
        if (!moved) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "status: the item is no longer in a state that allows this");
        }
    }
}
