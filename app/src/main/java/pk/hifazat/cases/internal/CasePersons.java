package pk.hifazat.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.cases.CaseNeedsInternationalCooperation;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.PersonId;
import pk.hifazat.cases.PersonJoinedCase;
import pk.hifazat.cases.PersonsMerged;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identifiers.Identifier;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.identity.Access;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.units.Jurisdiction;

/** Persons in cases: adding them in a role, their page, possible duplicates and merges. */
@Service
class CasePersons {

    /** The most persons whose names are compared when looking for duplicates. */
    static final int NAME_CANDIDATES = 2_000;

    private final PersonRecords persons;
    private final CaseFiles cases;
    private final CaseGuard guard;
    private final IdentifierNormaliser normaliser;
    private final ReceivedReports reports;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final CasesProperties properties;
    private final Clock clock;

    CasePersons(PersonRecords persons, CaseFiles cases, CaseGuard guard, IdentifierNormaliser normaliser,
                ReceivedReports reports, Access access, ApplicationEventPublisher events, CasesProperties properties,
                Clock clock) {
        this.persons = persons;
        this.cases = cases;
        this.guard = guard;
        this.normaliser = normaliser;
        this.reports = reports;
        this.access = access;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    PersonId add(String number, CaseRequests.AddPerson request) {
        CaseRole role = Inputs.choice(CaseRole.class, request.role(), "role");
        VictimCircumstances circumstances = VictimCircumstances.of(role, request.relationship(), request.place());
        Instant now = clock.instant();
        PersonId person;
        PersonDetails details;
        if (request.existing() != null && !request.existing().isBlank()) {
            person = new PersonId(Inputs.id(request.existing(), "existing"));
            details = persons.byId(person).filter(p -> p.mergedInto() == null).filter(p -> visible(p.id()))
                    .orElseThrow(() -> new CaseInputException("existing", "cases.input.unknown", request.existing()))
                    .details();
        } else {
            details = details(request);
            person = null;
        }
        CaseFile file = guard.change(number, CasesAction.ADD_PERSON, role.name());
        if (person == null) {
            person = persons.insert(details, now, access.require().id());
        }
        persons.addRole(file.id(), person, role, circumstances, now);
        events.publishEvent(new PersonJoinedCase(file.id(), file.number(), file.unit(), file.district(), person, role,
                details.age(), details.gender(), now, circumstances.relationship(), circumstances.place()));
        if (details.foreign() && !file.international()) {
            cases.markInternational(file.id());
            events.publishEvent(new CaseNeedsInternationalCooperation(file.id(), file.number(), file.district(), person,
                    details.nationality()));
        }
        return person;
    }

    /** A person's page: who they are, every case and report of theirs the user may see, and possible duplicates. */
    @Transactional
    PersonPage page(PersonId id, boolean reveal) {
        PersonRecord person = guard.person(id, CasesAction.VIEW_PERSON, reveal ? "identifying details shown" : "");
        if (person.mergedInto() != null) {
            return new PersonPage(person, List.of(), List.of(), List.of(), List.of(), persons.mergesOf(id));
        }
        Jurisdiction visible = access.visibleDistricts();
        List<PersonPage.RoleInCase> roles = new ArrayList<>();
        for (var role : persons.casesOf(id)) {
            cases.byId(new pk.hifazat.cases.CaseId(role.caseId())).filter(c -> visible.covers(c.district()))
                    .ifPresent(c -> roles.add(new PersonPage.RoleInCase(c, role.role(), role.standing())));
        }
        List<Identifier> identifiers = person.details().identifiers();
        List<UUID> sharing = persons.carrying(identifiers, Set.of(id.value()));
        Map<UUID, CaseFile> related = new LinkedHashMap<>();
        for (UUID other : sharing) {
            for (var role : persons.casesOf(new PersonId(other))) {
                cases.byId(new pk.hifazat.cases.CaseId(role.caseId())).filter(c -> visible.covers(c.district()))
                        .ifPresent(c -> related.put(c.id().value(), c));
            }
        }
        roles.forEach(r -> related.remove(r.file().id().value()));
        return new PersonPage(person, roles, List.copyOf(related.values()), reportsNaming(identifiers, visible),
                duplicates(person, sharing, visible), persons.mergesOf(id));
    }

    @Transactional
    void merge(PersonId kept, CaseRequests.Merge request) {
        PersonId merged = new PersonId(Inputs.id(request.other(), "other"));
        String reason = Inputs.text(request.reason(), "reason", 1000, true);
        if (merged.equals(kept) || persons.byId(merged).filter(p -> p.mergedInto() == null).filter(p -> visible(p.id())).isEmpty()) {
            throw new CaseInputException("other", "cases.input.unknown", request.other());
        }
        if (persons.hasMergedInto(merged)) {
            throw new CaseInputException("other", "cases.input.mergedIntoOther");
        }
        PersonRecord keeper = guard.person(kept, CasesAction.MERGE_PERSONS);
        if (keeper.mergedInto() != null) {
            throw new CaseInputException("other", "cases.input.alreadyMerged");
        }
        persons.merge(UUID.randomUUID(), kept, merged, reason, clock.instant(), access.require().id());
        events.publishEvent(new PersonsMerged(kept, merged, false));
    }

    @Transactional
    PersonId undo(UUID mergeId, String reasonText) {
        var merge = persons.mergeById(mergeId).filter(m -> m.undoneAt() == null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String reason = Inputs.text(reasonText, "reason", 1000, true);
        PersonId kept = new PersonId(merge.kept());
        guard.person(kept, CasesAction.UNDO_MERGE);
        persons.undo(merge, reason, clock.instant(), access.require().id());
        events.publishEvent(new PersonsMerged(kept, new PersonId(merge.merged()), true));
        return kept;
    }

    private boolean visible(PersonId person) {
        Jurisdiction jurisdiction = access.visibleDistricts();
        List<String> districts = persons.districtsOf(person);
        return jurisdiction.national() || districts.stream().map(DistrictCode::new).anyMatch(jurisdiction::covers);
    }

    /**
     * The reports naming the person's identifiers: national users see them all; others those attached
     * to cases they may see (intake does not say which district an unrouted report belongs to).
     */
    private List<PersonPage.ReportNaming> reportsNaming(List<Identifier> identifiers, Jurisdiction visible) {
        List<PersonPage.ReportNaming> found = new ArrayList<>();
        for (Identifier identifier : identifiers) {
            for (ReportId report : reports.naming(identifier, properties.personReports())) {
                List<CaseFile> in = cases.byIds(cases.casesOfReport(report)).stream()
                        .filter(c -> visible.covers(c.district())).toList();
                if (visible.national() || !in.isEmpty()) {
                    found.add(new PersonPage.ReportNaming(report, identifier, in));
                }
            }
        }
        return found;
    }

    private List<PersonRecord> duplicates(PersonRecord person, List<UUID> sharing, Jurisdiction visible) {
        Set<UUID> candidates = new LinkedHashSet<>(sharing);
        List<String> districts = visible.districts().stream().map(DistrictCode::value).toList();
        Map<UUID, PersonRecord> others = persons.byIds(persons.inDistricts(districts, visible.national(), NAME_CANDIDATES));
        List<String> names = new ArrayList<>(person.details().aliases());
        names.add(person.details().name());
        others.values().stream()
                .filter(o -> !o.id().equals(person.id()))
                .filter(o -> o.details().aliases().stream().anyMatch(a -> names.stream().anyMatch(n -> NameSkeleton.similar(n, a)))
                        || names.stream().anyMatch(n -> NameSkeleton.similar(n, o.details().name())))
                .forEach(o -> candidates.add(o.id().value()));
        Map<UUID, PersonRecord> found = persons.byIds(candidates);
        return candidates.stream().map(found::get).filter(p -> p != null && p.mergedInto() == null).toList();
    }

    private PersonDetails details(CaseRequests.AddPerson request) {
        String name = Inputs.text(request.name(), "name", 200, true);
        String aliasText = Inputs.text(request.aliases(), "aliases", 1000, false);
        List<String> aliases = aliasText == null ? List.of()
                : Arrays.stream(aliasText.split("[,\n،]")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        Integer age = request.age();
        if (age != null && (age < 0 || age > 120)) {
            throw new CaseInputException("age", "cases.input.age");
        }
        String gender = request.gender() == null || request.gender().isBlank() ? null
                : Inputs.choice(Gender.class, request.gender(), "gender").name();
        String nationality = Inputs.text(request.nationality(), "nationality", 2, false);
        if (nationality != null && !nationality.matches("[A-Za-z]{2}")) {
            throw new CaseInputException("nationality", "cases.input.nationality", nationality);
        }
        List<Identifier> identifiers = new ArrayList<>();
        for (CaseRequests.Identifier written : request.identifiers()) {
            if (written.value() == null || written.value().isBlank()) {
                continue;
            }
            IdentifierKind kind = Inputs.choice(IdentifierKind.class, written.kind(), "identifiers");
            identifiers.add(normaliser.normalise(kind, written.value(), written.platform())
                    .orElseThrow(() -> new CaseInputException("identifiers", "cases.input.identifier", written.value())));
        }
        return new PersonDetails(name, aliases, Inputs.date(request.birthDate(), "birthDate", false), age,
                Inputs.text(request.address(), "address", 500, false), gender,
                nationality == null ? null : nationality.toUpperCase(Locale.ROOT), identifiers);
    }

    enum Gender {
        FEMALE, MALE, OTHER
    }
}
