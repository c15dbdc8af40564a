package pk.hifazat.cases.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.CaseStatus;
import pk.hifazat.geography.District;
import pk.hifazat.geography.Districts;
import pk.hifazat.geography.LocalisedName;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.StaffDirectory;
import pk.hifazat.identity.StaffMember;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

/** Reading cases for pages and the staff API; each read audited. */
@Service
class CaseView {

    static final int LIST_LIMIT = 200;

    private final CaseFiles cases;
    private final PersonRecords persons;
    private final Timeline timeline;
    private final EvidenceItems evidence;
    private final CaseTasks tasks;
    private final Offences offences;
    private final CaseGuard guard;
    private final StaffDirectory staff;
    private final Units units;
    private final Districts districts;
    private final Access access;
    private final AuditLog audit;
    private final CasesProperties properties;

    CaseView(CaseFiles cases, PersonRecords persons, Timeline timeline, EvidenceItems evidence, CaseTasks tasks,
             Offences offences, CaseGuard guard, StaffDirectory staff, Units units, Districts districts, Access access,
             AuditLog audit, CasesProperties properties) {
        this.cases = cases;
        this.persons = persons;
        this.timeline = timeline;
        this.evidence = evidence;
        this.tasks = tasks;
        this.offences = offences;
        this.guard = guard;
        this.staff = staff;
        this.units = units;
        this.districts = districts;
        this.access = access;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional
    List<CaseFile> list(CaseStatus status) {
        audit.record(AuditRecord.of(CommonAction.VIEW, "Cases", status == null ? "all" : status.name())
                .by(access.require().username()));
        return cases.visible(access.visibleDistricts(), status, LIST_LIMIT);
    }

    @Transactional
    CasePage page(String number) {
        return assemble(guard.read(number, CommonAction.VIEW), properties.pageEvents(), properties.pageEvidence());
    }

    /** A case for a page of its own (the whole timeline, all evidence, its persons), the view audited. */
    CaseFile read(String number) {
        return guard.read(number, CommonAction.VIEW);
    }

    List<TimelineEntry> events(CaseFile file, int offset, int limit) {
        return timeline.newest(file.id(), offset, limit);
    }

    List<EvidenceItem> evidence(CaseFile file, int offset, int limit) {
        return evidence.newest(file.id(), offset, limit);
    }

    int eventCount(CaseFile file) {
        return timeline.count(file.id());
    }

    int evidenceCount(CaseFile file) {
        return evidence.count(file.id());
    }

    List<CasePage.PersonLine> persons(CaseFile file) {
        var roles = persons.roles(file.id());
        Set<UUID> named = new java.util.HashSet<>();
        roles.stream().filter(r -> r.role() != CaseRole.VICTIM).forEach(r -> named.add(r.person()));
        Map<UUID, PersonRecords.Summary> summaries = persons.summaries(
                roles.stream().map(PersonRecords.RoleRow::person).distinct().toList(), named);
        List<CasePage.PersonLine> lines = new ArrayList<>();
        for (var role : roles) {
            PersonRecords.Summary summary = summaries.get(role.person());
            boolean victim = role.role() == CaseRole.VICTIM;
            lines.add(new CasePage.PersonLine(role.person(), victim ? role.pseudonym() : summary.name(), role.pseudonym(),
                    role.role(), role.standing(), summary.nationality(), summary.age()));
        }
        return lines;
    }

    Map<String, String> names(Set<UserId> ids) {
        Map<String, String> names = new HashMap<>();
        staff.byIds(ids).forEach(m -> names.put(m.id().toString(), m.displayName()));
        return names;
    }

    private CasePage assemble(CaseFile file, int eventLimit, int evidenceLimit) {
        List<TimelineEntry> events = timeline.newest(file.id(), 0, eventLimit);
        List<UserId> team = cases.team(file.id());
        List<CaseFiles.StatusChange> history = cases.history(file.id());
        Set<UserId> named = new LinkedHashSet<>(team);
        if (file.leadOfficer() != null) {
            named.add(file.leadOfficer());
        }
        events.forEach(e -> named.addAll(e.officers()));
        List<CaseTask> open = tasks.openOf(file.id());
        open.forEach(t -> named.add(t.owner()));
        Map<String, String> names = names(named);
        StaffMember lead = file.leadOfficer() == null ? null : staff.byId(file.leadOfficer()).orElse(null);
        List<String> codes = cases.offences(file.id());
        return new CasePage(file, units.byId(file.unit()).map(Unit::name).orElse(new LocalisedName("", "")),
                districts.byCode(file.district()).map(District::name).orElse(new LocalisedName("", "")), lead,
                staff.byIds(team), offences.active().stream().filter(o -> codes.contains(o.code())).toList(),
                cases.reports(file.id()), persons(file), events, timeline.count(file.id()),
                evidence.newest(file.id(), 0, evidenceLimit), evidence.count(file.id()), open, history,
                Transitions.next(file.status()), names);
    }
}
