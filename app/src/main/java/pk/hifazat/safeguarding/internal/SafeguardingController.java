package pk.hifazat.safeguarding.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.geography.Districts;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.safeguarding.ChildId;
import pk.hifazat.safeguarding.ClosingReason;
import pk.hifazat.safeguarding.PathwayStage;

/** Safeguarding's pages: the children of a jurisdiction and of a case, a child, a bureau office's children, missing children. */
@Controller
class SafeguardingController {

    static final String CASE_WORKERS = "hasAnyRole('DISTRICT_OFFICER', 'SUPERVISOR', 'INTAKE_ANALYST')";
    static final String FIELD_STAFF = "hasAnyRole('DISTRICT_OFFICER', 'SUPERVISOR')";
    static final String CASEWORKER = "hasRole('CPB_CASEWORKER')";
    static final String ANY_CHILD_WORK = "hasAnyRole('DISTRICT_OFFICER', 'SUPERVISOR', 'INTAKE_ANALYST', 'CPB_CASEWORKER')";
    static final String MAY_REVEAL = "hasAnyRole('DISTRICT_OFFICER', 'SUPERVISOR', 'CPB_CASEWORKER')";

    private final SafeguardingViews views;
    private final Pathway pathway;
    private final SealedDetails details;
    private final CareWork care;
    private final MissingChildren missing;
    private final Districts districts;
    private final Access access;
    private final SafeguardingMessages messages;

    SafeguardingController(SafeguardingViews views, Pathway pathway, SealedDetails details, CareWork care,
                           MissingChildren missing, Districts districts, Access access, SafeguardingMessages messages) {
        this.views = views;
        this.pathway = pathway;
        this.details = details;
        this.care = care;
        this.missing = missing;
        this.districts = districts;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/safeguarding")
    @PreAuthorize(CASE_WORKERS)
    String list(@RequestParam(required = false) PathwayStage stage, Model model) {
        model.addAttribute("list", views.list(stage));
        model.addAttribute("stages", PathwayStage.values());
        model.addAttribute("today", pathway.today());
        return "safeguarding/children";
    }

    @GetMapping("/safeguarding/cases/{number}")
    @PreAuthorize(CASE_WORKERS)
    String casePage(@PathVariable String number, Model model) {
        model.addAttribute("page", views.casePage(number));
        model.addAttribute("today", pathway.today());
        return "safeguarding/case";
    }

    @PostMapping("/safeguarding/cases/{number}/safeguard")
    @PreAuthorize(FIELD_STAFF)
    String safeguard(@PathVariable String number, @RequestParam(required = false) List<String> children,
                     @RequestParam(required = false) String on, @RequestParam(required = false) String place,
                     @RequestParam(required = false) List<String> officers, RedirectAttributes flash) {
        String back = "/safeguarding/cases/" + number;
        return messages.act(flash, back, () -> {
            pathway.safeguard(children, on, place, officers);
            return back;
        });
    }

    @PostMapping("/safeguarding/cases/{number}/refer")
    @PreAuthorize(FIELD_STAFF)
    String refer(@PathVariable String number, @RequestParam(required = false) List<String> children,
                 @RequestParam(required = false) String office, @RequestParam(name = "referOn", required = false) String on,
                 @RequestParam(required = false) String note, RedirectAttributes flash) {
        String back = "/safeguarding/cases/" + number;
        return messages.act(flash, back, () -> {
            pathway.refer(children, office, on, note);
            return back;
        });
    }

    @GetMapping("/safeguarding/children/{id}")
    @PreAuthorize(ANY_CHILD_WORK)
    String child(@PathVariable UUID id, Model model) {
        return childPage(new ChildId(id), null, model);
    }

    @PostMapping("/safeguarding/children/{id}/reveal")
    @PreAuthorize(MAY_REVEAL)
    String reveal(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        ChildId child = new ChildId(id);
        try {
            return childPage(child, details.reveal(child, reason), model);
        } catch (SafeguardingInputException refused) {
            model.addAttribute("problem", messages.of(refused, LocaleContextHolder.getLocale()));
            return childPage(child, null, model);
        }
    }

    @PostMapping("/safeguarding/children/{id}/locate")
    @PreAuthorize(FIELD_STAFF)
    String locate(@PathVariable UUID id, @RequestParam(required = false) String on, RedirectAttributes flash) {
        return step(id, flash, () -> pathway.locate(new ChildId(id), on));
    }

    @PostMapping("/safeguarding/children/{id}/rehabilitation")
    @PreAuthorize(ANY_CHILD_WORK)
    String rehabilitation(@PathVariable UUID id, @RequestParam(required = false) String on, RedirectAttributes flash) {
        return step(id, flash, () -> pathway.startRehabilitation(new ChildId(id), on));
    }

    @PostMapping("/safeguarding/children/{id}/close")
    @PreAuthorize(MAY_REVEAL)
    String close(@PathVariable UUID id, @RequestParam(required = false) String reason, @RequestParam(required = false) String on,
                 RedirectAttributes flash) {
        return step(id, flash, () -> pathway.close(new ChildId(id), reason, on));
    }

    @PostMapping("/safeguarding/children/{id}/details")
    @PreAuthorize(MAY_REVEAL)
    String saveDetails(@PathVariable UUID id, @RequestParam(required = false) String name,
                       @RequestParam(required = false) String parents, @RequestParam(required = false) String address,
                       @RequestParam(required = false) String phone, @RequestParam(required = false) String school,
                       RedirectAttributes flash) {
        return step(id, flash, () -> details.save(new ChildId(id), new ChildDetails(name, parents, address, phone, school)));
    }

    @PostMapping("/safeguarding/children/{id}/photos")
    @PreAuthorize(MAY_REVEAL)
    String addPhoto(@PathVariable UUID id, @RequestParam(required = false) MultipartFile photo, RedirectAttributes flash) {
        return step(id, flash, () -> details.addPhoto(new ChildId(id), photo));
    }

    @PostMapping("/safeguarding/children/{id}/goals")
    @PreAuthorize(CASEWORKER)
    String addGoal(@PathVariable UUID id, @RequestParam(required = false) String area,
                   @RequestParam(required = false) String goal, @RequestParam(required = false) String followUpOn,
                   RedirectAttributes flash) {
        return step(id, flash, () -> care.addGoal(new ChildId(id), area, goal, followUpOn));
    }

    @PostMapping("/safeguarding/children/{id}/goals/{goal}/follow-ups")
    @PreAuthorize(CASEWORKER)
    String followUp(@PathVariable UUID id, @PathVariable UUID goal, @RequestParam(required = false) String madeOn,
                    @RequestParam(required = false) String note, @RequestParam(required = false) String nextOn,
                    @RequestParam(defaultValue = "false") boolean achieved, RedirectAttributes flash) {
        return step(id, flash, () -> care.followUp(goal, madeOn, note, nextOn, achieved));
    }

    @GetMapping("/safeguarding/office")
    @PreAuthorize(CASEWORKER)
    String office(Model model) {
        model.addAttribute("page", views.office());
        model.addAttribute("today", pathway.today());
        return "safeguarding/office";
    }

    @GetMapping("/safeguarding/missing")
    @PreAuthorize(CASE_WORKERS)
    String missingList(Model model) {
        model.addAttribute("records", missing.visible());
        var visible = access.visibleDistricts();
        model.addAttribute("districts", districts.all().stream().filter(d -> visible.covers(d.code())).toList());
        model.addAttribute("supervisor", access.require().is(Role.SUPERVISOR));
        return "safeguarding/missing";
    }

    @PostMapping("/safeguarding/missing")
    @PreAuthorize(FIELD_STAFF)
    String reportMissing(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer age,
                         @RequestParam(required = false) String gender, @RequestParam(required = false) String district,
                         @RequestParam(required = false) String place, @RequestParam(required = false) String lastSeenAt,
                         @RequestParam(required = false) String name, RedirectAttributes flash) {
        return messages.act(flash, "/safeguarding/missing", () -> {
            missing.report(new MissingChildren.Report(kind, age, gender, district, place, lastSeenAt, name));
            return "/safeguarding/missing";
        });
    }

    @PostMapping("/safeguarding/missing/{id}/alert")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String alert(@PathVariable UUID id, RedirectAttributes flash) {
        return messages.act(flash, "/safeguarding/missing", () -> {
            missing.alert(id);
            return "/safeguarding/missing";
        });
    }

    @PostMapping("/safeguarding/missing/{id}/close")
    @PreAuthorize(FIELD_STAFF)
    String closeMissing(@PathVariable UUID id, @RequestParam(required = false) String reason,
                        @RequestParam(defaultValue = "false") boolean found, RedirectAttributes flash) {
        return messages.act(flash, "/safeguarding/missing", () -> {
            missing.close(id, reason, found);
            return "/safeguarding/missing";
        });
    }

    private String step(UUID id, RedirectAttributes flash, Runnable change) {
        String back = "/safeguarding/children/" + id;
        return messages.act(flash, back, () -> {
            change.run();
            return back;
        });
    }

    private String childPage(ChildId id, SealedDetails.Revealed revealed, Model model) {
        model.addAttribute("page", views.child(id));
        model.addAttribute("revealed", revealed);
        model.addAttribute("today", pathway.today());
        model.addAttribute("reasons", ClosingReason.values());
        model.addAttribute("areas", CareGoal.CareArea.values());
        model.addAttribute("caseworker", access.require().is(Role.CPB_CASEWORKER));
        return "safeguarding/child";
    }
}
