package pk.hifazat.triage.internal;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import pk.hifazat.geography.Districts;
import pk.hifazat.identity.Access;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.triage.Priority;
import pk.hifazat.units.Units;

/**
 * The queues and what officers do with an item. Roles here; jurisdiction through {@link Access},
 * on the unit whose queue holds the item, in {@link Queues}, {@link TriageReading} and {@link QueueWork}.
 */
@Controller
@RequestMapping("/triage")
@PreAuthorize("hasAnyRole('DISTRICT_OFFICER', 'SUPERVISOR', 'INTAKE_ANALYST')")
class QueueController {

    private final Queues queues;
    private final TriageReading reading;
    private final QueueWork work;
    private final Access access;
    private final Units units;
    private final Districts districts;

    QueueController(Queues queues, TriageReading reading, QueueWork work, Access access, Units units, Districts districts) {
        this.queues = queues;
        this.reading = reading;
        this.work = work;
        this.access = access;
        this.units = units;
        this.districts = districts;
    }

    /** The signed-in user's own unit's queue. */
    @GetMapping
    String mine(@RequestParam(defaultValue = "") String priority, @RequestParam(defaultValue = "") String status,
                @RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String age,
                @RequestParam(defaultValue = "") String after, Model model) {
        return queue(units.byId(access.require().unit()).orElseThrow().code(), priority, status, source, age, after, model);
    }

    @GetMapping("/units/{code}")
    String queue(@PathVariable String code, @RequestParam(defaultValue = "") String priority,
                 @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String source,
                 @RequestParam(defaultValue = "") String age, @RequestParam(defaultValue = "") String after, Model model) {
        QueueAge chosenAge = choice(QueueAge.values(), age);
        QueueFilter filter = new QueueFilter(choice(Priority.values(), priority), choice(QueueStatus.values(), status),
                choice(ReportSource.values(), source), chosenAge == null ? null : chosenAge.withinDays(),
                chosenAge == null ? null : chosenAge.olderThanDays());
        model.addAttribute("page", queues.page(code, filter, QueueCursor.parse(after)));
        model.addAttribute("priority", priority);
        model.addAttribute("status", status);
        model.addAttribute("source", source);
        model.addAttribute("age", age);
        model.addAttribute("first", after.isBlank());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("statuses", QueueStatus.values());
        model.addAttribute("sources", ReportSource.values());
        model.addAttribute("ages", QueueAge.values());
        return "triage/queue";
    }

    @GetMapping("/clusters/{id}")
    String cluster(@PathVariable String id, Model model) {
        model.addAttribute("cluster", reading.cluster(uuid(id)));
        model.addAttribute("outcomes", QueueOutcome.chosenByOfficers());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("districtNames", districts.all());
        return "triage/cluster";
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable String id, Model model) {
        model.addAttribute("triage", reading.report(uuid(id)));
        return "triage/report";
    }

    @PostMapping("/clusters/{id}/claim")
    String claim(@PathVariable String id) {
        work.claim(uuid(id));
        return back(id);
    }

    @PostMapping("/clusters/{id}/release")
    String release(@PathVariable String id) {
        work.release(uuid(id));
        return back(id);
    }

    @PostMapping("/clusters/{id}/reroute")
    String reroute(@PathVariable String id, @RequestParam(defaultValue = "") String unit,
                   @RequestParam(defaultValue = "") String reason) {
        work.reroute(uuid(id), unit, reason);
        return back(id);
    }

    @PostMapping("/clusters/{id}/escalate")
    String escalate(@PathVariable String id, @RequestParam(defaultValue = "") String reason) {
        work.escalate(uuid(id), reason);
        return back(id);
    }

    @PostMapping("/clusters/{id}/close")
    String close(@PathVariable String id, @RequestParam(defaultValue = "") String outcome) {
        work.close(uuid(id), outcome);
        return back(id);
    }

    @PostMapping("/clusters/{id}/priority")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'INTAKE_ANALYST')")
    String overridePriority(@PathVariable String id, @RequestParam(defaultValue = "") String priority,
                            @RequestParam(defaultValue = "") String reason) {
        work.overridePriority(uuid(id), priority, reason);
        return back(id);
    }

    @PostMapping("/clusters/{id}/district")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'INTAKE_ANALYST')")
    String overrideDistrict(@PathVariable String id, @RequestParam(defaultValue = "") String district,
                            @RequestParam(defaultValue = "") String reason) {
        work.overrideDistrict(uuid(id), district.isBlank() ? null : districts.find(district).orElse(null), reason);
        return back(id);
    }

    private static String back(String id) {
        return "redirect:/triage/clusters/" + id;
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw TriageReading.notFound();
        }
    }

    static <E extends Enum<E>> E choice(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }
}
