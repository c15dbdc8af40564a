package pk.hifazat.safeguarding.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.StaffDirectory;
import pk.hifazat.identity.StaffMember;
import pk.hifazat.safeguarding.ChildId;
import pk.hifazat.safeguarding.PathwayStage;
import pk.hifazat.units.Unit;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

/** Reading safeguarding for pages and the staff API; each read audited, through {@link Access} where it is a record's. */
@Service
class SafeguardingViews {

    static final int LIST_LIMIT = 500;

    /** A child's page: the record, its office, guardians who are suspects, its care plan and photographs' count. */
    record ChildPage(ChildRecord child, Unit office, List<UUID> suspectedGuardians, List<CareGoal> carePlan, int photos) {
    }

    /** A case's children with what the forms offer: the case unit's officers and the bureau offices. */
    record CasePage(CaseChildren overview, Set<UUID> suspectedGuardians, List<StaffMember> officers, List<Unit> offices) {
    }

    /** A bureau office's children with their care plans. */
    record OfficePage(Unit office, List<ChildRecord> children, Map<UUID, List<CareGoal>> carePlans, Set<UUID> suspectedGuardians) {
    }

    /** The children a case worker may see, by stage. */
    record ChildList(List<ChildRecord> children, Map<PathwayStage, Long> counts, PathwayStage stage) {
    }

    private final ChildRecords children;
    private final CarePlans plans;
    private final Photos photos;
    private final CaseRoles roles;
    private final ChildGuard guard;
    private final Pathway pathway;
    private final Units units;
    private final StaffDirectory staff;
    private final Access access;
    private final AuditLog audit;
    private final SafeguardingProperties properties;

    SafeguardingViews(ChildRecords children, CarePlans plans, Photos photos, CaseRoles roles, ChildGuard guard,
                      Pathway pathway, Units units, StaffDirectory staff, Access access, AuditLog audit,
                      SafeguardingProperties properties) {
        this.children = children;
        this.plans = plans;
        this.photos = photos;
        this.roles = roles;
        this.guard = guard;
        this.pathway = pathway;
        this.units = units;
        this.staff = staff;
        this.access = access;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional
    ChildList list(PathwayStage stage) {
        audit.record(AuditRecord.of(CommonAction.VIEW, "Children", stage == null ? "all" : stage.name())
                .by(access.require().username()));
        var visible = access.visibleDistricts();
        return new ChildList(children.visible(visible, stage, LIST_LIMIT), children.countsByStage(visible), stage);
    }

    @Transactional
    CasePage casePage(String number) {
        var caseId = CaseNumber.isOne(number) ? children.caseOf(number) : java.util.Optional.<pk.hifazat.cases.CaseId>empty();
        List<ChildRecord> found = caseId.map(children::ofCase).orElse(List.of());
        if (found.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ChildRecord first = found.getFirst();
        access.checkDistrict(first.district(), AuditRecord.of(CommonAction.VIEW, "CaseChildren", number));
        List<StaffMember> officers = first.unit() == null ? List.of() : staff.ofUnits(List.of(first.unit()));
        List<Unit> offices = units.all().stream().filter(u -> u.kind() == UnitKind.CPB_OFFICE).toList();
        return new CasePage(CaseChildren.of(number, found, pathway.today(), properties.longestWaiting()),
                roles.withSuspectedGuardians(found.stream().map(ChildRecord::person).toList()), officers, offices);
    }

    @Transactional
    ChildPage child(ChildId id) {
        ChildRecord child = guard.read(id, CommonAction.VIEW, "");
        Unit office = child.office() == null ? null : units.byId(child.office()).orElse(null);
        return new ChildPage(child, office, roles.suspectedGuardians(child.person()),
                plans.of(List.of(id)).getOrDefault(id.value(), List.of()), photos.count(id));
    }

    /** The signed-in caseworker's office: the children referred to it, nothing else. */
    @Transactional
    OfficePage office() {
        Unit office = units.byId(access.require().unit()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        access.checkUnit(office, AuditRecord.of(CommonAction.VIEW, "OfficeChildren", office.code()));
        List<ChildRecord> referred = children.ofOffice(office.id());
        return new OfficePage(office, referred, plans.of(referred.stream().map(ChildRecord::id).toList()),
                roles.withSuspectedGuardians(referred.stream().map(ChildRecord::person).toList()));
    }
}
