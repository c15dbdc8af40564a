package pk.hifazat.media.internal;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.intake.ReportId;

/**
 * What matching found, for the curator: the latest matches (where a false positive is removed) and
 * the unknown material waiting for a look — report ids, file positions, seized files' case numbers,
 * items and names, and hashes; never images.
 */
@Controller
@RequestMapping("/banks")
@PreAuthorize("hasRole('HASH_CURATOR')")
class MaterialController {

    private static final int SHOWN = 200;

    private final Matches matches;
    private final SeizedFiles seized;
    private final AuditLog audit;

    MaterialController(Matches matches, SeizedFiles seized, AuditLog audit) {
        this.matches = matches;
        this.seized = seized;
        this.audit = audit;
    }

    @GetMapping("/matches")
    @Transactional
    String matches(Model model) {
        audit.record(AuditRecord.of(CommonAction.VIEW, "MaterialMatchList", "latest"));
        model.addAttribute("matches", matches.latest(SHOWN));
        return "media/matches";
    }

    /** One report's matches and unknown files, as the curator reaches them from the lists. */
    @GetMapping("/reports/{id}")
    @Transactional
    String report(@PathVariable UUID id, Model model) {
        ReportId report = new ReportId(id);
        audit.record(AuditRecord.of(CommonAction.VIEW, "ReportMaterial", report));
        model.addAttribute("report", report);
        model.addAttribute("matches", matches.ofReport(report));
        model.addAttribute("unknown", matches.unknownOf(report));
        return "media/report";
    }

    @GetMapping("/unknown")
    @Transactional
    String unknown(Model model) {
        audit.record(AuditRecord.of(CommonAction.VIEW, "UnknownMaterialList", "waiting"));
        model.addAttribute("files", matches.waiting(SHOWN));
        model.addAttribute("seized", seized.waiting(SHOWN));
        return "media/unknown";
    }
}
