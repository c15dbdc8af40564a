package pk.hifazat.media.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;

/**
 * What matching found, for the curator: the latest matches (where a false positive is removed) and
 * the unknown material waiting for a look — report ids, file positions and hashes, never images.
 */
@Controller
@RequestMapping("/banks")
@PreAuthorize("hasRole('HASH_CURATOR')")
class MaterialController {

    private static final int SHOWN = 200;

    private final Matches matches;
    private final AuditLog audit;

    MaterialController(Matches matches, AuditLog audit) {
        this.matches = matches;
        this.audit = audit;
    }

    @GetMapping("/matches")
    @Transactional
    String matches(Model model) {
        audit.record(AuditRecord.of(CommonAction.VIEW, "MaterialMatchList", "latest"));
        model.addAttribute("matches", matches.latest(SHOWN));
        return "media/matches";
    }

    @GetMapping("/unknown")
    @Transactional
    String unknown(Model model) {
        audit.record(AuditRecord.of(CommonAction.VIEW, "UnknownMaterialList", "waiting"));
        model.addAttribute("files", matches.waiting(SHOWN));
        return "media/unknown";
    }
}
