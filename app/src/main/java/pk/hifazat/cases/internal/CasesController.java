package pk.hifazat.cases.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.cases.AbuserRelationship;
import pk.hifazat.cases.CaseEventKind;
import pk.hifazat.cases.CaseOutcome;
import pk.hifazat.cases.CasePageSection;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.CaseStatus;
import pk.hifazat.cases.IncidentPlace;
import pk.hifazat.geography.District;
import pk.hifazat.geography.Districts;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identity.Access;

/** The case list, opening a case, and the case page with its forms. */
@Controller
@PreAuthorize(CasesController.CASE_WORKERS)
class CasesController {

    static final String CASE_WORKERS = "hasAnyRole('DISTRICT_OFFICER', 'SUPERVISOR', 'INTAKE_ANALYST')";

    private final CaseView view;
    private final CaseOpening opening;
    private final CaseProgress progress;
    private final CaseTimeline timeline;
    private final CasePersons persons;
    private final CaseEvidence evidence;
    private final CaseTaskList tasks;
    private final Offences offences;
    private final StaffChoices staff;
    private final Districts districts;
    private final Access access;
    private final CaseMessages messages;
    private final org.springframework.context.MessageSource messageSource;
    private final List<CasePageSection> sections;

    CasesController(CaseView view, CaseOpening opening, CaseProgress progress, CaseTimeline timeline, CasePersons persons,
                    CaseEvidence evidence, CaseTaskList tasks, Offences offences, StaffChoices staff, Districts districts,
                    Access access, CaseMessages messages, org.springframework.context.MessageSource messageSource,
                    List<CasePageSection> sections) {
        this.view = view;
        this.opening = opening;
        this.progress = progress;
        this.timeline = timeline;
        this.persons = persons;
        this.evidence = evidence;
        this.tasks = tasks;
        this.offences = offences;
        this.staff = staff;
        this.districts = districts;
        this.access = access;
        this.messages = messages;
        this.messageSource = messageSource;
        this.sections = sections;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) CaseStatus status, Model model) {
        model.addAttribute("cases", view.list(status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CaseStatus.values());
        return "cases/list";
    }

    @GetMapping("/cases/new")
    String openForm(@RequestParam(required = false) List<String> report, @RequestParam(required = false) String cluster,
                    Model model) {
        var visible = access.visibleDistricts();
        List<District> choices = districts.all().stream().filter(d -> visible.covers(d.code())).toList();
        model.addAttribute("districts", choices);
        model.addAttribute("offences", offences.active());
        model.addAttribute("reports", report == null ? "" : String.join("\n", report));
        model.addAttribute("cluster", cluster);
        model.addAttribute("officers", choices.size() == 1
                ? staff.forDistrict(choices.getFirst().code(), access.require().id()) : List.of());
        return "cases/new";
    }

    @PostMapping("/cases")
    String open(@RequestParam String title, @RequestParam(required = false) String district,
                @RequestParam(required = false) List<String> offences, @RequestParam(required = false) String lead,
                @RequestParam(required = false) String reports, @RequestParam(required = false) String cluster,
                RedirectAttributes flash) {
        return PageOutcomes.act(flash, messages, "/cases/new", () -> "/cases/" + opening.open(new CaseRequests.OpenCase(
                title, district, offences, lead, List.of(), lines(reports), cluster)).number());
    }

    @GetMapping("/cases/{number}")
    String page(@PathVariable String number, Model model) {
        CasePage page = view.page(number);
        model.addAttribute("page", page);
        model.addAttribute("c", page.file());
        model.addAttribute("officers", staff.forDistrict(page.file().district(), access.require().id()));
        model.addAttribute("allOffences", offences.active());
        model.addAttribute("roles", CaseRole.values());
        model.addAttribute("relationships", AbuserRelationship.values());
        model.addAttribute("places", IncidentPlace.values());
        model.addAttribute("outcomes", CaseOutcome.values());
        model.addAttribute("eventKinds", CaseEventKind.values());
        model.addAttribute("identifierKinds", IdentifierKind.values());
        model.addAttribute("taskKinds", CaseTask.Kind.values());
        model.addAttribute("today", tasks.today());
        model.addAttribute("roleLabels", roleLabels());
        model.addAttribute("sections", sections.stream()
                .flatMap(s -> s.about(page.file().id(), page.file().number()).stream()).toList());
        return "cases/case";
    }

    @GetMapping("/cases/{number}/persons")
    String persons(@PathVariable String number, Model model) {
        CaseFile file = view.read(number);
        model.addAttribute("c", file);
        model.addAttribute("persons", view.persons(file));
        return "cases/persons";
    }

    /** The role names in the page's language, resolved once for a list of hundreds. */
    private java.util.Map<String, String> roleLabels() {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (CaseRole role : CaseRole.values()) {
            labels.put(role.name(), messageSource.getMessage("cases.role." + role, null,
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        return labels;
    }

    @GetMapping("/cases/{number}/timeline")
    String timeline(@PathVariable String number, @RequestParam(defaultValue = "0") int from, Model model) {
        CaseFile file = view.read(number);
        int offset = Math.max(0, from);
        model.addAttribute("c", file);
        model.addAttribute("events", view.events(file, offset, PAGE));
        model.addAttribute("count", view.eventCount(file));
        model.addAttribute("from", offset);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("personNames", CasePage.names(view.persons(file)));
        model.addAttribute("staffNames", view.names(view.events(file, offset, PAGE).stream()
                .flatMap(e -> e.officers().stream()).collect(java.util.stream.Collectors.toSet())));
        return "cases/timeline";
    }

    @GetMapping("/cases/{number}/evidence")
    String evidence(@PathVariable String number, @RequestParam(defaultValue = "0") int from, Model model) {
        CaseFile file = view.read(number);
        int offset = Math.max(0, from);
        model.addAttribute("c", file);
        model.addAttribute("items", view.evidence(file, offset, PAGE));
        model.addAttribute("count", view.evidenceCount(file));
        model.addAttribute("from", offset);
        model.addAttribute("pageSize", PAGE);
        return "cases/evidence-list";
    }

    static final int PAGE = 200;

    @PostMapping("/cases/{number}/status")
    String status(@PathVariable String number, @RequestParam String to, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return PageOutcomes.act(flash, messages, "/cases/" + number, () -> {
            progress.changeStatus(number, new CaseRequests.ChangeStatus(to, outcome, reason));
            return "/cases/" + number;
        });
    }

    @PostMapping("/cases/{number}/team")
    String team(@PathVariable String number, @RequestParam(required = false) String lead,
                @RequestParam(required = false) List<String> team, @RequestParam(required = false) List<String> offences,
                RedirectAttributes flash) {
        return PageOutcomes.act(flash, messages, "/cases/" + number, () -> {
            progress.changeTeam(number, new CaseRequests.ChangeTeam(lead, team, offences));
            return "/cases/" + number;
        });
    }

    @PostMapping("/cases/{number}/reports")
    String attach(@PathVariable String number, @RequestParam String reports, RedirectAttributes flash) {
        return PageOutcomes.act(flash, messages, "/cases/" + number, () -> {
            opening.attach(number, lines(reports));
            return "/cases/" + number;
        });
    }

    @PostMapping("/cases/{number}/persons")
    String addPerson(@PathVariable String number, @RequestParam String role, @RequestParam(required = false) String existing,
                     @RequestParam(required = false) String name, @RequestParam(required = false) String aliases,
                     @RequestParam(required = false) String birthDate, @RequestParam(required = false) Integer age,
                     @RequestParam(required = false) String address, @RequestParam(required = false) String gender,
                     @RequestParam(required = false) String nationality,
                     @RequestParam(required = false) List<String> identifierKind,
                     @RequestParam(required = false) List<String> identifierValue,
                     @RequestParam(required = false) List<String> identifierPlatform,
                     @RequestParam(required = false) String relationship, @RequestParam(required = false) String place,
                     RedirectAttributes flash) {
        List<CaseRequests.Identifier> identifiers = new java.util.ArrayList<>();
        if (identifierValue != null) {
            for (int i = 0; i < identifierValue.size(); i++) {
                identifiers.add(new CaseRequests.Identifier(at(identifierKind, i), identifierValue.get(i), at(identifierPlatform, i)));
            }
        }
        return PageOutcomes.act(flash, messages, "/cases/" + number + "#persons", () -> {
            persons.add(number, new CaseRequests.AddPerson(existing, role, name, aliases, birthDate, age, address, gender,
                    nationality, identifiers, relationship, place));
            return "/cases/" + number + "#persons";
        });
    }

    @PostMapping("/cases/{number}/events")
    String recordEvent(@PathVariable String number, @RequestParam String kind, @RequestParam String occurredOn,
                       @RequestParam(required = false) String district, @RequestParam(required = false) String place,
                       @RequestParam(required = false) String note, @RequestParam(required = false) List<String> officers,
                       @RequestParam(required = false) List<String> persons, RedirectAttributes flash) {
        return PageOutcomes.act(flash, messages, "/cases/" + number + "#timeline", () -> {
            timeline.record(number, new CaseRequests.RecordEvent(kind, occurredOn, district, place, note, officers, persons));
            return "/cases/" + number + "#timeline";
        });
    }

    @PostMapping("/cases/{number}/evidence")
    String addEvidence(@PathVariable String number, @RequestParam String description, @RequestParam String seizedAt,
                       @RequestParam String seizedPlace, @RequestParam String seizedBy,
                       @RequestParam(required = false) String sha256,
                       @RequestParam(required = false) org.springframework.web.multipart.MultipartFile pdqFile,
                       RedirectAttributes flash) throws java.io.IOException {
        String pdq = pdqFile == null || pdqFile.isEmpty() ? null
                : new String(pdqFile.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return PageOutcomes.act(flash, messages, "/cases/" + number + "#evidence", () -> "/cases/evidence/"
                + evidence.add(number, new CaseRequests.AddEvidence(description, seizedAt, seizedPlace, seizedBy, sha256, pdq)).id());
    }

    @PostMapping("/cases/{number}/tasks")
    String addTask(@PathVariable String number, @RequestParam String kind, @RequestParam String title,
                   @RequestParam String owner, @RequestParam(required = false) String startsOn,
                   @RequestParam(required = false) String dueOn, RedirectAttributes flash) {
        return PageOutcomes.act(flash, messages, "/cases/" + number + "#tasks", () -> {
            tasks.add(number, new CaseRequests.AddTask(kind, title, owner, startsOn, dueOn));
            return "/cases/" + number + "#tasks";
        });
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }
}
