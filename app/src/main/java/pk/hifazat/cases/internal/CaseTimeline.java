package pk.hifazat.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.cases.CaseEventKind;
import pk.hifazat.cases.CaseEventRecorded;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.ChildRescued;
import pk.hifazat.cases.PersonId;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.Access;

/**
 * Recording what happened. Some events change the persons they name: an arrest makes its suspects
 * arrested, a charge sheet makes them charged, a rescue makes its children rescued (and tells
 * safeguarding, one {@link ChildRescued} per child).
 */
@Service
class CaseTimeline {

    private final Timeline timeline;
    private final PersonRecords persons;
    private final CaseGuard guard;
    private final StaffChoices staff;
    private final KnownDistricts districts;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseTimeline(Timeline timeline, PersonRecords persons, CaseGuard guard, StaffChoices staff, KnownDistricts districts,
                 Access access, ApplicationEventPublisher events, Clock clock) {
        this.timeline = timeline;
        this.persons = persons;
        this.guard = guard;
        this.staff = staff;
        this.districts = districts;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    TimelineEntry record(String number, CaseRequests.RecordEvent request) {
        CaseEventKind kind = Inputs.choice(CaseEventKind.class, request.kind(), "kind");
        LocalDate on = Inputs.date(request.occurredOn(), "occurredOn", true);
        Instant now = clock.instant();
        if (on.isAfter(now.atZone(Inputs.PAKISTAN).toLocalDate())) {
            throw new CaseInputException("occurredOn", "cases.input.future");
        }
        var officers = staff.require(request.officers(), "officers");
        String place = Inputs.text(request.place(), "place", 200, false);
        String note = Inputs.text(request.note(), "note", 2000, false);
        CaseFile file = guard.change(number, CasesAction.RECORD_EVENT, kind.name());
        DistrictCode district = request.district() == null || request.district().isBlank() ? file.district() : districts.require(request.district(), "district");

        Map<UUID, List<CaseRole>> rolesHere = persons.roles(file.id()).stream().collect(Collectors.groupingBy(
                PersonRecords.RoleRow::person, Collectors.mapping(PersonRecords.RoleRow::role, Collectors.toList())));
        List<UUID> named = new ArrayList<>();
        for (String id : request.persons()) {
            if (id == null || id.isBlank()) {
                continue;
            }
            UUID person = Inputs.id(id, "persons");
            if (!rolesHere.containsKey(person)) {
                throw new CaseInputException("persons", "cases.input.notInCase", id);
            }
            if (!named.contains(person)) {
                named.add(person);
            }
        }
        List<PersonId> suspects = holding(named, rolesHere, CaseRole.SUSPECT);
        List<PersonId> victims = holding(named, rolesHere, CaseRole.VICTIM);
        switch (kind) {
            case ARREST, CHARGE_SHEET -> {
                if (suspects.isEmpty()) {
                    throw new CaseInputException("persons", "cases.input.needsSuspect");
                }
                persons.changeStanding(file.id(), suspects, CaseRole.SUSPECT, kind == CaseEventKind.ARREST ? "ARRESTED" : "CHARGED");
            }
            case RESCUE -> {
                if (victims.isEmpty()) {
                    throw new CaseInputException("persons", "cases.input.needsChild");
                }
                persons.changeStanding(file.id(), victims, CaseRole.VICTIM, "RESCUED");
            }
            default -> {
            }
        }
        TimelineEntry entry = new TimelineEntry(UUID.randomUUID(), kind, on, district, place, note, officers, named);
        timeline.insert(file.id(), entry, now, access.require().id());
        events.publishEvent(new CaseEventRecorded(file.id(), file.number(), kind, on, district,
                named.stream().map(PersonId::new).toList()));
        if (kind == CaseEventKind.RESCUE) {
            DistrictCode where = district != null ? district : file.district();
            victims.forEach(child -> events.publishEvent(new ChildRescued(file.id(), file.number(), child, on, where)));
        }
        return entry;
    }

    private static List<PersonId> holding(List<UUID> named, Map<UUID, List<CaseRole>> roles, CaseRole role) {
        return named.stream().filter(p -> roles.get(p).contains(role)).map(PersonId::new).toList();
    }
}
