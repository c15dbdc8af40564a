package pk.hifazat.audit.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;

/** The auditor's view: who did what to which record; never the records' content. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
class AuditLogController {

    private static final int PAGE = 200;

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    String entries(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String target,
                   Model model) {
        model.addAttribute("entries", auditLog.latest(PAGE, actor, target));
        model.addAttribute("actor", actor);
        model.addAttribute("target", target);
        return "audit/log";
    }

    @PostMapping("/verify")
    String verify(Model model) {
        var result = auditLog.verify();
        auditLog.record(AuditRecord.of(AuditLogAction.VERIFY, "AuditLog", "chain").withDetail(result.problem().name()));
        model.addAttribute("verification", result);
        return entries("", "", model);
    }
}
