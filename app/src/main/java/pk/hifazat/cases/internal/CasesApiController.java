package pk.hifazat.cases.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.cases.CaseStatus;
import pk.hifazat.cases.PersonId;
import pk.hifazat.identity.StaffApi;

/**
 * The case pages' JSON twin: the same roles, the same jurisdiction (403 and audited outside it), the
 * same rules; bad input is a 400 problem naming the field, a refused transition a 409 problem saying
 * what is missing in English and Urdu ({@link CasesApiProblems}).
 */
@RestController
@Tag(name = "Staff: cases")
@SecurityRequirement(name = StaffApi.SECURITY_SCHEME)
@PreAuthorize(CasesController.CASE_WORKERS)
class CasesApiController {

    private static final String CASES = StaffApi.PREFIX + "/cases";
    private static final int MAX_PAGE = 1_000;

    private final CaseView view;
    private final CaseOpening opening;
    private final CaseProgress progress;
    private final CasePersons persons;
    private final CaseTimeline timeline;
    private final CaseEvidence evidence;

    CasesApiController(CaseView view, CaseOpening opening, CaseProgress progress, CasePersons persons,
                       CaseTimeline timeline, CaseEvidence evidence) {
        this.view = view;
        this.opening = opening;
        this.progress = progress;
        this.persons = persons;
        this.timeline = timeline;
        this.evidence = evidence;
    }

    record CaseSummary(String number, String title, String status, String outcome, String district, boolean international,
                       Instant openedAt) {
        static CaseSummary of(CaseFile c) {
            return new CaseSummary(c.number().value(), c.title(), c.status().name(),
                    c.outcome() == null ? null : c.outcome().name(), c.district().value(), c.international(), c.openedAt());
        }
    }

    record PersonLine(UUID id, String name, String pseudonym, String role, String standing, String nationality, Integer age) {
        static PersonLine of(CasePage.PersonLine p) {
            return new PersonLine(p.person(), p.shown(), p.pseudonym(), p.role().name(), p.standing(), p.nationality(), p.age());
        }
    }

    record Event(UUID id, String kind, LocalDate occurredOn, String district, String place, String note,
                 List<String> officers, List<UUID> persons) {
        static Event of(TimelineEntry e) {
            return new Event(e.id(), e.kind().name(), e.occurredOn(), e.district().value(), e.place(), e.note(),
                    e.officers().stream().map(Object::toString).toList(), e.persons());
        }
    }

    record CaseDetail(CaseSummary summary, String unit, String lead, List<String> team, List<String> offences,
                      List<String> reports, List<PersonLine> persons, int eventCount, List<Event> latestEvents,
                      int evidenceCount, List<EvidenceItem> latestEvidence, List<String> next) {
    }

    record Page<T>(int total, int from, List<T> items) {
    }

    record Reports(List<String> reports) {
    }

    record Attached(List<String> attached) {
    }

    record Added(UUID id) {
    }

    record ItemWithChain(String caseNumber, EvidenceItem item, List<EvidenceItem.Custody> chain) {
    }

    @Operation(summary = "The newest cases of the officer's jurisdiction, optionally of one status")
    @GetMapping(CASES)
    List<CaseSummary> list(@RequestParam(required = false) CaseStatus status) {
        return view.list(status).stream().map(CaseSummary::of).toList();
    }

    @Operation(summary = "Open a case from reports, a cluster, or nothing; its number is in the Location header")
    @PostMapping(CASES)
    ResponseEntity<CaseDetail> open(@RequestBody CaseRequests.OpenCase request) {
        CaseFile file = opening.open(request);
        return ResponseEntity.created(URI.create(CASES + "/" + file.number())).body(detail(view.page(file.number().value())));
    }

    @Operation(summary = "A case as its page shows it: persons (victims by pseudonym), the newest events and evidence")
    @GetMapping(CASES + "/{number}")
    CaseDetail read(@PathVariable String number) {
        return detail(view.page(number));
    }

    @Operation(summary = "Move a case to another status; 409 with what is missing when its guards refuse")
    @PostMapping(CASES + "/{number}/status")
    CaseSummary status(@PathVariable String number, @RequestBody CaseRequests.ChangeStatus request) {
        return CaseSummary.of(progress.changeStatus(number, request));
    }

    @Operation(summary = "Set a case's lead officer, team and offences (each replaced by what is sent)")
    @PostMapping(CASES + "/{number}/team")
    CaseDetail team(@PathVariable String number, @RequestBody CaseRequests.ChangeTeam request) {
        progress.changeTeam(number, request);
        return detail(view.page(number));
    }

    @Operation(summary = "Attach reports to a case; answers those that were new to it")
    @PostMapping(CASES + "/{number}/reports")
    Attached attach(@PathVariable String number, @RequestBody Reports request) {
        return new Attached(opening.attach(number, request.reports() == null ? List.of() : request.reports()).stream()
                .map(Object::toString).toList());
    }

    @Operation(summary = "A case's persons with their roles (victims by pseudonym)")
    @GetMapping(CASES + "/{number}/persons")
    List<PersonLine> persons(@PathVariable String number) {
        return view.persons(view.read(number)).stream().map(PersonLine::of).toList();
    }

    @Operation(summary = "Add a person to a case in a role (a new person, or a known one by id)")
    @PostMapping(CASES + "/{number}/persons")
    Added addPerson(@PathVariable String number, @RequestBody CaseRequests.AddPerson request) {
        return new Added(persons.add(number, request).value());
    }

    @Operation(summary = "A person: details (a victim's only with reveal=true), cases, reports naming their identifiers, possible duplicates")
    @GetMapping(CASES + "/persons/{id}")
    PersonPage person(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean reveal) {
        PersonPage page = persons.page(new PersonId(id), reveal);
        if (reveal || !page.victimAnywhere()) {
            return page;
        }
        PersonRecord p = page.person();
        PersonDetails d = p.details();
        PersonRecord hidden = new PersonRecord(p.id(), p.pseudonym(), new PersonDetails(p.pseudonym(), List.of(), null,
                d.age(), null, d.gender(), d.nationality(), d.identifiers()), p.mergedInto());
        return new PersonPage(hidden, page.roles(), page.relatedCases(), page.reports(), List.of(), page.merges());
    }

    @Operation(summary = "A case's timeline, newest first")
    @GetMapping(CASES + "/{number}/events")
    Page<Event> events(@PathVariable String number, @RequestParam(defaultValue = "0") int from,
                       @RequestParam(defaultValue = "200") int limit) {
        CaseFile file = view.read(number);
        return new Page<>(view.eventCount(file), from, view.events(file, Math.max(0, from), bounded(limit)).stream()
                .map(Event::of).toList());
    }

    @Operation(summary = "Record an event: an arrest marks its suspects arrested, a charge sheet charged, a rescue its children rescued")
    @PostMapping(CASES + "/{number}/events")
    Event record(@PathVariable String number, @RequestBody CaseRequests.RecordEvent request) {
        return Event.of(timeline.record(number, request));
    }

    @Operation(summary = "A case's evidence items with their files and current holders, newest first")
    @GetMapping(CASES + "/{number}/evidence")
    Page<EvidenceItem> evidence(@PathVariable String number, @RequestParam(defaultValue = "0") int from,
                                @RequestParam(defaultValue = "200") int limit) {
        CaseFile file = view.read(number);
        return new Page<>(view.evidenceCount(file), from, view.evidence(file, Math.max(0, from), bounded(limit)));
    }

    @Operation(summary = "Record a seized item with its files' SHA-256 lines and PDQ hash file text; opens its chain of custody")
    @PostMapping(CASES + "/{number}/evidence")
    EvidenceItem addEvidence(@PathVariable String number, @RequestBody CaseRequests.AddEvidence request) {
        return evidence.add(number, request);
    }

    @Operation(summary = "An evidence item with its whole chain of custody")
    @GetMapping(CASES + "/evidence/{id}")
    ItemWithChain item(@PathVariable UUID id) {
        var read = evidence.read(id, false);
        return new ItemWithChain(read.file().number().value(), read.item(), read.chain());
    }

    @Operation(summary = "Hand an evidence item over from its current holder (appended; nothing is ever changed)")
    @PostMapping(CASES + "/evidence/{id}/transfers")
    EvidenceItem transfer(@PathVariable UUID id, @RequestBody CaseRequests.Transfer request) {
        return evidence.transfer(id, request);
    }

    private static int bounded(int limit) {
        return Math.clamp(limit, 1, MAX_PAGE);
    }

    private static CaseDetail detail(CasePage page) {
        CaseFile c = page.file();
        return new CaseDetail(CaseSummary.of(c), page.unit().english(), page.lead() == null ? null : page.lead().username(),
                page.team().stream().map(m -> m.username()).toList(), page.offences().stream().map(Offences.Offence::code).toList(),
                page.reports().stream().map(Object::toString).toList(), page.persons().stream().map(PersonLine::of).toList(),
                page.eventCount(), page.events().stream().map(Event::of).toList(), page.evidenceCount(), page.evidence(),
                page.next().stream().map(Enum::name).toList());
    }
}
