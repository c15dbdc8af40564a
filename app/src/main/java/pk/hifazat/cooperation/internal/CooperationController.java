package pk.hifazat.cooperation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.cases.CaseDossier;
import pk.hifazat.cooperation.CooperationKind;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;

/** The request list, a new request from a case, a request's page with its steps, and its package. */
@Controller
@PreAuthorize(CooperationController.CASE_WORKERS)
class CooperationController {

    static final String CASE_WORKERS = "hasAnyRole('DISTRICT_OFFICER', 'SUPERVISOR', 'INTAKE_ANALYST')";
    static final int SUGGESTIONS = 50;

    private final CooperationDesk desk;
    private final RequestViews views;
    private final CasePackages packages;
    private final InternationalCases international;
    private final CooperationMessages messages;
    private final Access access;

    CooperationController(CooperationDesk desk, RequestViews views, CasePackages packages, InternationalCases international,
                          CooperationMessages messages, Access access) {
        this.desk = desk;
        this.views = views;
        this.packages = packages;
        this.international = international;
        this.messages = messages;
        this.access = access;
    }

    @GetMapping("/cooperation")
    String list(@RequestParam(name = "case", required = false) String caseNumber, Model model) {
        return list(desk.list(caseNumber, false), caseNumber, false, model);
    }

    @GetMapping("/cooperation/overdue")
    String overdue(Model model) {
        return list(desk.list(null, true), null, true, model);
    }

    private String list(List<CooperationRequest> requests, String caseNumber, boolean overdue, Model model) {
        model.addAttribute("requests", requests);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("today", desk.today());
        model.addAttribute("suggestions", international.withoutRequest(access.visibleDistricts(), SUGGESTIONS));
        return "cooperation/list";
    }

    @GetMapping("/cooperation/new")
    String newForm(@RequestParam(name = "case", required = false) String caseNumber, Model model) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return "cooperation/new";
        }
        try {
            CaseDossier dossier = desk.caseFor(caseNumber);
            return form(dossier, new RequestForms.Draft(dossier.number().value(), CooperationKind.FOREIGN_POLICE.name(),
                    foreignNationality(dossier), null, null, null, desk.proposedDue().toString(), List.of(), List.of()), model);
        } catch (RequestInputException unknown) {
            model.addAttribute("problem", messages.of(unknown));
            model.addAttribute("caseNumber", caseNumber);
            return "cooperation/new";
        }
    }

    @PostMapping("/cooperation")
    String draft(@RequestParam(name = "caseNumber") String caseNumber, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String country, @RequestParam(required = false) String agency,
                 @RequestParam(required = false) String legalBasis, @RequestParam(required = false) String asked,
                 @RequestParam(required = false) String dueOn, @RequestParam(required = false) List<String> persons,
                 @RequestParam(required = false) List<String> identifiers, Model model, RedirectAttributes flash) {
        RequestForms.Draft form = new RequestForms.Draft(caseNumber, kind, country, agency, legalBasis, asked, dueOn, persons,
                identifiers);
        try {
            CooperationRequest request = desk.draft(form);
            flash.addFlashAttribute("done", true);
            return "redirect:/cooperation/requests/" + request.id();
        } catch (RequestInputException problem) {
            model.addAttribute("problem", messages.of(problem));
            model.addAttribute("problemField", problem.field());
            if (problem.field().equals("caseNumber")) {
                model.addAttribute("caseNumber", caseNumber);
                return "cooperation/new";
            }
            return form(desk.caseFor(caseNumber), form, model);
        }
    }

    @GetMapping("/cooperation/requests/{id}")
    String page(@PathVariable UUID id, Model model) {
        RequestViews.RequestView view = views.view(id, access.require().id(), access.require().is(Role.SUPERVISOR));
        CooperationRequest r = view.request();
        model.addAttribute("view", view);
        model.addAttribute("r", r);
        model.addAttribute("today", desk.today());
        model.addAttribute("countryName", java.util.Locale.of("", r.country())
                .getDisplayCountry(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        if (r.status() == pk.hifazat.cooperation.CooperationStatus.DRAFT) {
            model.addAttribute("dossier", view.dossier());
            model.addAttribute("kinds", CooperationKind.values());
            model.addAttribute("form", new RequestForms.Draft(r.caseNumber(), r.kind().name(), r.country(), r.agency(),
                    r.legalBasis(), r.asked(), r.dueOn().toString(), r.persons(), r.identifiers()));
        }
        return "cooperation/request";
    }

    @PostMapping("/cooperation/requests/{id}")
    String edit(@PathVariable UUID id, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String country, @RequestParam(required = false) String agency,
                @RequestParam(required = false) String legalBasis, @RequestParam(required = false) String asked,
                @RequestParam(required = false) String dueOn, @RequestParam(required = false) List<String> persons,
                @RequestParam(required = false) List<String> identifiers, RedirectAttributes flash) {
        return act(flash, "/cooperation/requests/" + id, () -> desk.edit(id, new RequestForms.Draft(null, kind, country,
                agency, legalBasis, asked, dueOn, persons, identifiers)));
    }

    @PostMapping("/cooperation/requests/{id}/approval")
    String approve(@PathVariable UUID id, RedirectAttributes flash) {
        return act(flash, "/cooperation/requests/" + id, () -> desk.approve(id));
    }

    @PostMapping("/cooperation/requests/{id}/status")
    String move(@PathVariable UUID id, @RequestParam String to, @RequestParam(required = false) String on,
                @RequestParam(required = false) String dueOn, @RequestParam(required = false) String answer,
                @RequestParam(required = false) String note, RedirectAttributes flash) {
        return act(flash, "/cooperation/requests/" + id, () -> desk.move(id, new RequestForms.Move(to, on, dueOn, answer, note)));
    }

    @GetMapping("/cooperation/requests/{id}/package")
    String packageForm(@PathVariable UUID id, Model model) {
        model.addAttribute("r", desk.read(id));
        model.addAttribute("parts", PackagePart.values());
        return "cooperation/package";
    }

    @PostMapping("/cooperation/requests/{id}/package")
    Object export(@PathVariable UUID id, @RequestParam(required = false) List<String> parts, @RequestParam String format,
                  RedirectAttributes flash) {
        try {
            CasePackages.Format chosen = CooperationInputs.choice(CasePackages.Format.class, format, "format");
            return download(packages.export(id, parts, chosen));
        } catch (RequestInputException problem) {
            flash.addFlashAttribute("problem", messages.of(problem));
            return "redirect:/cooperation/requests/" + id + "/package";
        }
    }

    static ResponseEntity<byte[]> download(CasePackages.Export export) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName()).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.content());
    }

    private String form(CaseDossier dossier, RequestForms.Draft form, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("form", form);
        model.addAttribute("kinds", CooperationKind.values());
        return "cooperation/new";
    }

    private String act(RedirectAttributes flash, String back, Runnable step) {
        try {
            step.run();
            flash.addFlashAttribute("done", true);
        } catch (RequestInputException | RequestRefusedException refused) {
            flash.addFlashAttribute("problem", messages.of(refused));
        }
        return "redirect:" + back;
    }

    /** The country a request for this case most likely goes to: the first foreign suspect's nationality. */
    private static String foreignNationality(CaseDossier dossier) {
        return dossier.persons().stream().filter(p -> !p.victim() && p.nationality() != null && !"PK".equals(p.nationality()))
                .map(CaseDossier.Person::nationality).findFirst().orElse("");
    }
}
