package pk.hifazat.intake.internal.desk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.geography.District;
import pk.hifazat.geography.Districts;
import pk.hifazat.identity.Access;
import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReportStatus;
import pk.hifazat.intake.internal.IncomingFilter;
import pk.hifazat.intake.internal.ReportPage;
import pk.hifazat.intake.internal.Reports;
import pk.hifazat.intake.internal.StoredReport;

/**
 * The intake desk: every incoming report, nationally, before triage routes it to a unit. Only
 * intake analysts, administrators and supervisors whose home unit is national see it (checked by
 * role and {@link Access#national} first, so that the menu offers the desk to them alone, and again
 * by {@link Access#checkNational}); every view is audited by record id, never by content.
 */
@Controller
@RequestMapping("/intake")
@PreAuthorize("hasAnyRole('INTAKE_ANALYST', 'SUPERVISOR', 'ADMINISTRATOR') and @access.national()")
class IntakeDeskController {

    static final int PAGE_SIZE = 50;

    private final Reports reports;
    private final Intake intake;
    private final Access access;
    private final Districts districts;
    private final IncomingSearch search;

    IntakeDeskController(Reports reports, Intake intake, Access access, Districts districts, IncomingSearch search) {
        this.reports = reports;
        this.intake = intake;
        this.access = access;
        this.districts = districts;
        this.search = search;
    }

    @GetMapping
    @Transactional
    String incoming(@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String type,
                    @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String district,
                    @RequestParam(defaultValue = "false") boolean urgent, @RequestParam(defaultValue = "") String q,
                    @RequestParam(defaultValue = "") String after, Model model) {
        ReportSource chosenSource = choice(ReportSource.values(), source);
        IncidentType chosenType = choice(IncidentType.values(), type);
        ReportStatus chosenStatus = choice(ReportStatus.values(), status);
        Optional<District> chosenDistrict = district.isBlank() ? Optional.empty() : districts.find(district);
        IncomingFilter filter = search.narrow(new IncomingFilter(chosenSource, chosenType, chosenStatus,
                chosenDistrict.map(d -> d.code().value()).orElse(null), urgent, null, List.of()), q);
        ReportPage page = district.isBlank() || chosenDistrict.isPresent()
                ? reports.page(filter, ReportPage.Cursor.parse(after), PAGE_SIZE)
                : new ReportPage(List.of(), Optional.empty());
        access.checkNational(AuditRecord.of(CommonAction.VIEW, "IncomingReports", "page").withDetail(page.reports().size() + " reports"));
        model.addAttribute("page", page);
        model.addAttribute("source", chosenSource == null ? "" : chosenSource.name());
        model.addAttribute("type", chosenType == null ? "" : chosenType.name());
        model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
        model.addAttribute("district", district.strip());
        model.addAttribute("districtUnknown", !district.isBlank() && chosenDistrict.isEmpty());
        model.addAttribute("urgent", urgent);
        model.addAttribute("q", q.strip());
        model.addAttribute("first", after.isBlank());
        model.addAttribute("sources", ReportSource.values());
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("districtNames", districts.all().stream().map(District::name).toList());
        return "intake-desk/incoming";
    }

    @GetMapping("/reports/{id}")
    @Transactional
    String report(@PathVariable String id, Model model) {
        StoredReport report = find(id);
        access.checkNational(AuditRecord.of(CommonAction.VIEW, "Report", report.id()));
        model.addAttribute("report", report);
        model.addAttribute("statuses", ReportStatus.values());
        return "intake-desk/report";
    }

    @PostMapping("/reports/{id}/status")
    @Transactional
    String changeStatus(@PathVariable String id, @RequestParam String status, RedirectAttributes redirect) {
        StoredReport report = find(id);
        ReportStatus chosen = Optional.ofNullable(choice(ReportStatus.values(), status))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        access.checkNational(AuditRecord.of(CommonAction.CHANGE_STATUS, "Report", report.id()));
        intake.changeStatus(report.id(), chosen);
        redirect.addFlashAttribute("statusChanged", chosen.name());
        return "redirect:/intake/reports/" + report.id();
    }

    private StoredReport find(String id) {
        try {
            return reports.byId(ReportId.of(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static <E extends Enum<E>> E choice(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }
}
