package pk.hifazat.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseOpened;
import pk.hifazat.cases.CaseStatus;
import pk.hifazat.cases.ReportsAttachedToCase;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.SignedInUser;
import pk.hifazat.identity.UserId;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.ClusterId;
import pk.hifazat.linking.Clusters;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

/** Opening cases (from reports, a cluster, or nothing) and attaching reports to them later. */
@Service
class CaseOpening {

    /** The most reports one opening or attachment takes: one read of intake. */
    static final int MAX_REPORTS = ReceivedReports.MAX_BATCH;

    private final CaseFiles cases;
    private final CaseNumbers numbers;
    private final CaseGuard guard;
    private final StaffChoices staff;
    private final Offences offences;
    private final KnownDistricts districts;
    private final Units units;
    private final ReceivedReports reports;
    private final ObjectProvider<Clusters> clusters;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseOpening(CaseFiles cases, CaseNumbers numbers, CaseGuard guard, StaffChoices staff, Offences offences,
                KnownDistricts districts, Units units, ReceivedReports reports, ObjectProvider<Clusters> clusters, Access access,
                ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.numbers = numbers;
        this.guard = guard;
        this.staff = staff;
        this.offences = offences;
        this.districts = districts;
        this.units = units;
        this.reports = reports;
        this.clusters = clusters;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    CaseFile open(CaseRequests.OpenCase request) {
        SignedInUser user = access.require();
        String title = Inputs.text(request.title(), "title", 200, true);
        DistrictCode district = district(request.district());
        List<String> offenceCodes = offences.require(request.offences(), "offences");
        UserId lead = staff.requireOne(request.lead(), "lead", false);
        List<UserId> team = staff.require(request.team(), "team");
        ClusterId cluster = cluster(request.cluster());
        List<ReportId> attached = reports(request.reports(), cluster);
        Unit unit = units.districtUnitOf(district).orElseThrow(() -> new CaseInputException("district", "cases.input.noUnit"));

        Instant now = clock.instant();
        var number = numbers.next(unit, now.atZone(Inputs.PAKISTAN).getYear());
        access.checkDistrict(district, AuditRecord.of(CasesAction.OPEN_CASE, "Case", number)
                .withDetail(cluster != null ? "from cluster " + cluster : attached.isEmpty() ? "" : attached.size() + " reports"));
        CaseFile file = new CaseFile(new CaseId(UUID.randomUUID()), number, unit.id(), district, title, CaseStatus.INTAKE,
                null, lead, false, now);
        cases.insert(file, cluster == null ? null : cluster.value(), user.id());
        cases.replaceOffences(file.id(), offenceCodes);
        cases.replaceTeam(file.id(), team);
        events.publishEvent(new CaseOpened(file.id(), number, unit.id(), district, cluster, now));
        List<ReportId> added = cases.attach(file.id(), attached, now, user.id());
        if (!added.isEmpty()) {
            events.publishEvent(new ReportsAttachedToCase(file.id(), number, added, user.id(), now));
        }
        return file;
    }

    @Transactional
    List<ReportId> attach(String number, List<String> reportIds) {
        CaseFile file = guard.change(number, CasesAction.ATTACH_REPORTS, reportIds.size() + " reports");
        List<ReportId> wanted = reports(reportIds, null);
        Instant now = clock.instant();
        UserId by = access.require().id();
        List<ReportId> added = cases.attach(file.id(), wanted, now, by);
        if (!added.isEmpty()) {
            events.publishEvent(new ReportsAttachedToCase(file.id(), file.number(), added, by, now));
        }
        return added;
    }

    private DistrictCode district(String value) {
        if (value == null || value.isBlank()) {
            Set<DistrictCode> own = access.visibleDistricts().districts();
            if (own.size() == 1) {
                return own.iterator().next();
            }
            throw new CaseInputException("district", "cases.input.required");
        }
        return districts.require(value, "district");
    }

    private ClusterId cluster(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ClusterId cluster = new ClusterId(Inputs.id(value, "cluster"));
        Clusters available = clusters.getIfAvailable();
        if (available == null || available.size(cluster) == 0) {
            throw new CaseInputException("cluster", "cases.input.unknown", value);
        }
        return cluster;
    }

    private List<ReportId> reports(List<String> ids, ClusterId cluster) {
        Set<ReportId> wanted = new LinkedHashSet<>();
        if (cluster != null) {
            wanted.addAll(clusters.getObject().reportsIn(cluster, MAX_REPORTS));
        }
        for (String id : ids) {
            if (id != null && !id.isBlank()) {
                wanted.add(new ReportId(Inputs.id(id, "reports")));
            }
        }
        if (wanted.size() > MAX_REPORTS) {
            throw new CaseInputException("reports", "cases.input.tooMany", MAX_REPORTS);
        }
        List<ReportId> found = reports.byIds(wanted).stream().map(IncomingReport::id).toList();
        List<ReportId> missing = new ArrayList<>(wanted);
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            throw new CaseInputException("reports", "cases.input.unknown", missing.getFirst().toString());
        }
        return List.copyOf(wanted);
    }
}
