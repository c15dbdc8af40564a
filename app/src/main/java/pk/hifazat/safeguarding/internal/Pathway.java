package pk.hifazat.safeguarding.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;
import pk.hifazat.cases.ChildRescued;
import pk.hifazat.cases.PersonJoinedCase;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.StaffDirectory;
import pk.hifazat.identity.StaffMember;
import pk.hifazat.identity.UserId;
import pk.hifazat.safeguarding.ChildId;
import pk.hifazat.safeguarding.ChildLocated;
import pk.hifazat.safeguarding.ChildRecordClosed;
import pk.hifazat.safeguarding.ChildReferred;
import pk.hifazat.safeguarding.ChildRehabilitationStarted;
import pk.hifazat.safeguarding.ChildSafeguarded;
import pk.hifazat.safeguarding.ClosingReason;
import pk.hifazat.safeguarding.PathwayStage;
import pk.hifazat.units.Unit;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

/**
 * The pathway's steps. Each is guarded (a child is referred only once safeguarded, a step is never
 * dated before the one it follows nor in the future), dated, audited as the child's by pseudonym, and
 * announced with a past-tense event. A step on several children is taken for all or for none.
 */
@Service
class Pathway {

    private final ChildRecords children;
    private final ChildGuard guard;
    private final Pseudonyms pseudonyms;
    private final CaseRoles roles;
    private final Units units;
    private final StaffDirectory staff;
    private final Access access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Pathway(ChildRecords children, ChildGuard guard, Pseudonyms pseudonyms, CaseRoles roles, Units units,
            StaffDirectory staff, Access access, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.children = children;
        this.guard = guard;
        this.pseudonyms = pseudonyms;
        this.roles = roles;
        this.units = units;
        this.staff = staff;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return clock.instant().atZone(Fields.PAKISTAN).toLocalDate();
    }

    /** A case named a victim: the child's record, unless they have one (from this case or another). */
    @Transactional
    void identified(PersonJoinedCase joined) {
        if (children.byPerson(joined.person()).isPresent()) {
            children.fillIn(joined.person(), joined.unit(), joined.age(), joined.gender());
            return;
        }
        record(new ChildId(UUID.randomUUID()), joined.person(), joined.caseId(), joined.number().value(),
                joined.number().unitCode(), joined.unit(), joined.district(), joined.age(), joined.gender(),
                joined.joinedAt().atZone(Fields.PAKISTAN).toLocalDate());
    }

    /** A case recorded a rescue: the child is safeguarded on that day, unless a step past it was taken already. */
    @Transactional
    void rescued(ChildRescued rescued) {
        if (children.byPerson(rescued.child()).isEmpty()) {
            record(new ChildId(UUID.randomUUID()), rescued.child(), rescued.caseId(), rescued.number().value(),
                    rescued.number().unitCode(), null, rescued.district(), null, null, rescued.rescuedOn());
        }
        ChildRecord child = children.byPerson(rescued.child()).flatMap(c -> children.lock(c.id())).orElseThrow();
        if (child.stage().compareTo(PathwayStage.SAFEGUARDED) >= 0) {
            return;
        }
        // The rescue is the fact: a child rescued before their record was made was identified by then.
        LocalDate on = rescued.rescuedOn();
        children.safeguarded(child.id(), on, null, List.of());
        children.moveTo(child.id(), PathwayStage.SAFEGUARDED, on, clock.instant(), null);
        audit.record(new AuditRecord("system", SafeguardingAction.SAFEGUARD_CHILD, "Child", child.pseudonym(), Outcome.DONE,
                "rescue recorded in case " + rescued.number()));
        events.publishEvent(new ChildSafeguarded(child.onPathway(), on));
    }

    private void record(ChildId id, pk.hifazat.cases.PersonId person, pk.hifazat.cases.CaseId caseId, String number,
                        String unitCode, pk.hifazat.units.UnitId unit, pk.hifazat.geography.DistrictCode district,
                        Integer age, String gender, LocalDate on) {
        String pseudonym = pseudonyms.next(unitCode);
        if (children.insertIfNew(id, person, pseudonym, caseId, number, unit, district, age, gender, on)) {
            children.moveTo(id, PathwayStage.IDENTIFIED, on, clock.instant(), null);
            audit.record(new AuditRecord("system", SafeguardingAction.IDENTIFY_CHILD, "Child", pseudonym, Outcome.DONE,
                    "victim in case " + number));
        }
    }

    @Transactional
    ChildRecord locate(ChildId id, String onText) {
        LocalDate on = Fields.pastDate(onText, "on", today());
        ChildRecord child = guard.change(id, SafeguardingAction.LOCATE_CHILD, "on " + on);
        requireStage(child, Set.of(PathwayStage.IDENTIFIED), "safeguarding.refused.locate");
        notBefore(on, child.identifiedOn());
        children.located(child.id(), on);
        children.moveTo(child.id(), PathwayStage.LOCATED, on, clock.instant(), userId());
        events.publishEvent(new ChildLocated(child.onPathway(), on));
        return children.byId(id).orElseThrow();
    }

    /** Safeguards each child (identified or located) on one date and place, by these officers. */
    @Transactional
    List<ChildRecord> safeguard(List<String> ids, String onText, String placeText, List<String> officerIds) {
        List<ChildId> chosen = chosen(ids);
        LocalDate on = Fields.pastDate(onText, "on", today());
        String place = Fields.text(placeText, "place", 200, true);
        List<UUID> officers = officers(officerIds);
        List<ChildRecord> done = new ArrayList<>();
        for (ChildId id : chosen) {
            ChildRecord child = guard.change(id, SafeguardingAction.SAFEGUARD_CHILD, "on " + on);
            requireStage(child, Set.of(PathwayStage.IDENTIFIED, PathwayStage.LOCATED), "safeguarding.refused.safeguard");
            notBefore(on, child.locatedOn() != null ? child.locatedOn() : child.identifiedOn());
            children.safeguarded(child.id(), on, place, officers);
            children.moveTo(child.id(), PathwayStage.SAFEGUARDED, on, clock.instant(), userId());
            events.publishEvent(new ChildSafeguarded(child.onPathway(), on));
            done.add(child);
        }
        return done;
    }

    /** Refers each safeguarded child to a Child Protection Bureau office, saying when a guardian is a suspect. */
    @Transactional
    List<ChildRecord> refer(List<String> ids, String officeCode, String onText, String noteText) {
        List<ChildId> chosen = chosen(ids);
        Unit office = units.byCode(officeCode == null ? "" : officeCode.strip()).filter(u -> u.kind() == UnitKind.CPB_OFFICE)
                .orElseThrow(() -> SafeguardingInputException.input("office", "safeguarding.input.office", officeCode));
        LocalDate on = Fields.pastDate(onText, "on", today());
        String note = Fields.text(noteText, "note", 2000, false);
        List<ChildRecord> done = new ArrayList<>();
        for (ChildId id : chosen) {
            ChildRecord child = guard.change(id, SafeguardingAction.REFER_CHILD, "to " + office.code() + " on " + on);
            requireStage(child, Set.of(PathwayStage.SAFEGUARDED), "safeguarding.refused.refer");
            notBefore(on, child.safeguardedOn());
            children.referred(child.id(), office.id(), on, note);
            children.moveTo(child.id(), PathwayStage.REFERRED, on, clock.instant(), userId());
            events.publishEvent(new ChildReferred(child.onPathway(), office.id(), on,
                    !roles.suspectedGuardians(child.person()).isEmpty()));
            done.add(child);
        }
        return done;
    }

    @Transactional
    ChildRecord startRehabilitation(ChildId id, String onText) {
        LocalDate on = Fields.pastDate(onText, "on", today());
        ChildRecord child = guard.change(id, SafeguardingAction.START_REHABILITATION, "on " + on);
        requireStage(child, Set.of(PathwayStage.REFERRED), "safeguarding.refused.rehabilitation");
        notBefore(on, child.referredOn());
        children.inRehabilitation(child.id(), on);
        children.moveTo(child.id(), PathwayStage.IN_REHABILITATION, on, clock.instant(), userId());
        events.publishEvent(new ChildRehabilitationStarted(child.onPathway(), on));
        return children.byId(id).orElseThrow();
    }

    @Transactional
    ChildRecord close(ChildId id, String reasonText, String onText) {
        ClosingReason reason = Fields.choice(ClosingReason.class, reasonText, "reason");
        LocalDate on = Fields.pastDate(onText, "on", today());
        ChildRecord child = guard.change(id, SafeguardingAction.CLOSE_CHILD_RECORD, reason.name() + " on " + on);
        if (child.stage() == PathwayStage.CLOSED) {
            throw SafeguardingInputException.refused("safeguarding.refused.closed");
        }
        notBefore(on, child.stageSince());
        children.closed(child.id(), on, reason);
        children.moveTo(child.id(), PathwayStage.CLOSED, on, clock.instant(), userId());
        events.publishEvent(new ChildRecordClosed(child.onPathway(), child.stage(), reason, on));
        return children.byId(id).orElseThrow();
    }

    private static List<ChildId> chosen(List<String> ids) {
        Set<ChildId> chosen = new LinkedHashSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            if (id != null && !id.isBlank()) {
                chosen.add(new ChildId(Fields.id(id, "children")));
            }
        }
        if (chosen.isEmpty()) {
            throw SafeguardingInputException.input("children", "safeguarding.input.noChildren");
        }
        return List.copyOf(chosen);
    }

    private List<UUID> officers(List<String> ids) {
        List<UUID> officers = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            if (id == null || id.isBlank()) {
                continue;
            }
            UUID officer = Fields.id(id, "officers");
            staff.byId(new UserId(officer)).map(StaffMember::id)
                    .orElseThrow(() -> SafeguardingInputException.input("officers", "safeguarding.input.unknown", id));
            officers.add(officer);
        }
        return officers;
    }

    private static void requireStage(ChildRecord child, Set<PathwayStage> allowed, String refusal) {
        if (!allowed.contains(child.stage())) {
            throw SafeguardingInputException.refused(refusal, child.shown());
        }
    }

    private static void notBefore(LocalDate on, LocalDate previous) {
        if (previous != null && on.isBefore(previous)) {
            throw SafeguardingInputException.input("on", "safeguarding.input.beforePrevious", previous);
        }
    }

    private UUID userId() {
        return access.require().id().value();
    }
}
