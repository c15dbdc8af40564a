package pk.hifazat.cases.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.CommonAction;
import pk.hifazat.cases.CaseDossier;
import pk.hifazat.cases.CaseDossiers;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.PersonId;
import pk.hifazat.geography.District;
import pk.hifazat.geography.Districts;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

/**
 * A case in parts for another module's package to a partner. The case is read as its page is (the
 * jurisdiction checked and the view audited); a victim's name and identifiers are never opened.
 */
@Service
class CaseDossierReader implements CaseDossiers {

    private final CaseFiles cases;
    private final PersonRecords persons;
    private final Timeline timeline;
    private final EvidenceItems evidence;
    private final Offences offences;
    private final CaseGuard guard;
    private final Units units;
    private final Districts districts;

    CaseDossierReader(CaseFiles cases, PersonRecords persons, Timeline timeline, EvidenceItems evidence, Offences offences,
                      CaseGuard guard, Units units, Districts districts) {
        this.cases = cases;
        this.persons = persons;
        this.timeline = timeline;
        this.evidence = evidence;
        this.offences = offences;
        this.guard = guard;
        this.units = units;
        this.districts = districts;
    }

    @Override
    @Transactional
    public Optional<CaseDossier> read(String number) {
        if (!CaseNumber.isOne(number) || cases.byNumber(new CaseNumber(number)).isEmpty()) {
            return Optional.empty();
        }
        CaseFile file = guard.read(number, CommonAction.VIEW);
        List<CaseDossier.Person> people = persons(file);
        Map<UUID, String> shown = new HashMap<>();
        people.forEach(p -> shown.putIfAbsent(p.id().value(), p.shown()));
        List<String> codes = cases.offences(file.id());
        return Optional.of(new CaseDossier(file.id(), file.number(), file.title(), file.status(), file.district(),
                districts.byCode(file.district()).map(District::name).map(n -> n.english()).orElse(file.district().value()),
                units.byId(file.unit()).map(Unit::name).map(n -> n.english()).orElse(""), file.openedAt(),
                offences.active().stream().filter(o -> codes.contains(o.code()))
                        .map(o -> o.law() + " s." + o.section() + ": " + o.title().english()).toList(),
                people, events(file, shown), evidence(file)));
    }

    private List<CaseDossier.Person> persons(CaseFile file) {
        var roles = persons.roles(file.id());
        List<UUID> named = roles.stream().filter(r -> r.role() != CaseRole.VICTIM).map(PersonRecords.RoleRow::person)
                .distinct().toList();
        Map<UUID, PersonRecord> records = persons.byIds(named);
        Map<UUID, PersonRecords.Summary> victims = persons.summaries(roles.stream()
                .filter(r -> r.role() == CaseRole.VICTIM).map(PersonRecords.RoleRow::person).distinct().toList(), List.of());
        List<CaseDossier.Person> found = new ArrayList<>();
        for (var role : roles) {
            if (role.role() == CaseRole.VICTIM) {
                PersonRecords.Summary child = victims.get(role.person());
                found.add(new CaseDossier.Person(new PersonId(role.person()), role.pseudonym(), null, role.role(),
                        role.standing(), child.age(), null, child.nationality(), List.of()));
            } else {
                PersonDetails details = records.get(role.person()).details();
                found.add(new CaseDossier.Person(new PersonId(role.person()), role.pseudonym(), details.name(), role.role(),
                        role.standing(), details.age(), details.gender(), details.nationality(),
                        persons.identifiers(List.of(role.person()))));
            }
        }
        return found;
    }

    private List<CaseDossier.Event> events(CaseFile file, Map<UUID, String> shown) {
        List<CaseDossier.Event> events = new ArrayList<>();
        for (TimelineEntry entry : timeline.newest(file.id(), 0, timeline.count(file.id())).reversed()) {
            events.add(new CaseDossier.Event(entry.occurredOn(), entry.kind(), entry.place(), entry.note(),
                    names(entry.persons(), shown)));
        }
        return events;
    }

    private List<CaseDossier.Evidence> evidence(CaseFile file) {
        List<CaseDossier.Evidence> items = new ArrayList<>();
        for (EvidenceItem item : evidence.newest(file.id(), 0, evidence.count(file.id())).reversed()) {
            items.add(new CaseDossier.Evidence(item.label(), item.description(), item.seizedAt(), item.seizedPlace(),
                    item.holder(), item.files().stream().map(f -> new CaseDossier.EvidenceFile(f.name(), f.sha256())).toList(),
                    evidence.chain(item.id()).stream().map(c -> new CaseDossier.Custody(c.position(), c.from(), c.to(),
                            c.handedAt(), c.reason())).toList()));
        }
        return items;
    }

    private static List<String> names(Collection<UUID> ids, Map<UUID, String> shown) {
        return ids.stream().map(id -> shown.getOrDefault(id, "?")).toList();
    }
}
