package pk.hifazat.triage.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;

/**
 * The priority rules: every officer who triages may read them (they are the reasons on every
 * item); a supervisor changes one after seeing how many open reports it would move, and the change
 * re-triages open reports in the background, its progress shown here.
 */
@Controller
@RequestMapping("/triage/rules")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'INTAKE_ANALYST', 'DISTRICT_OFFICER')")
class RulesController {

    private final TriageRules rules;
    private final RuleChanges changes;
    private final Retriage retriage;
    private final AuditLog audit;

    RulesController(TriageRules rules, RuleChanges changes, Retriage retriage, AuditLog audit) {
        this.rules = rules;
        this.changes = changes;
        this.retriage = retriage;
        this.audit = audit;
    }

    @GetMapping
    String rules(Model model) {
        audit.record(AuditRecord.of(CommonAction.VIEW, "TriageRules", "all"));
        model.addAttribute("rules", rules.all());
        model.addAttribute("run", retriage.latest().orElse(null));
        return "triage/rules";
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("rule", rules.byCode(code).orElseThrow(TriageReading::notFound));
        return "triage/rule";
    }

    /** Shows how many open reports the proposed rule would change, and asks to confirm. */
    @PostMapping("/{code}/preview")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String preview(@PathVariable String code, @RequestParam int priority, @RequestParam(required = false) Integer parameter,
                   @RequestParam(required = false) Integer days, @RequestParam(defaultValue = "false") boolean enabled,
                   Model model) {
        TriageRule proposed = changes.proposed(code, priority, parameter, days, enabled);
        model.addAttribute("rule", proposed);
        model.addAttribute("changing", changes.preview(proposed));
        model.addAttribute("preview", true);
        return "triage/rule";
    }

    @PostMapping("/{code}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String change(@PathVariable String code, @RequestParam int priority, @RequestParam(required = false) Integer parameter,
                  @RequestParam(required = false) Integer days, @RequestParam(defaultValue = "false") boolean enabled,
                  RedirectAttributes redirect) {
        changes.change(changes.proposed(code, priority, parameter, days, enabled));
        redirect.addFlashAttribute("changed", code);
        return "redirect:/triage/rules";
    }
}
