package pk.hifazat.triage.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.identity.Access;
import pk.hifazat.units.Units;

/** A supervisor's escalated items: those sent up to the units in their jurisdiction, their own zone first. */
@Controller
@PreAuthorize("hasRole('SUPERVISOR')")
class EscalatedController {

    private static final int SHOWN = 200;

    private final QueueItems items;
    private final Units units;
    private final Access access;
    private final AuditLog audit;

    EscalatedController(QueueItems items, Units units, Access access, AuditLog audit) {
        this.items = items;
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/triage/escalated")
    String escalated(Model model) {
        List<UUID> mine = units.all().stream().filter(access::mayOpen).map(u -> u.id().value()).toList();
        List<QueueItem> escalated = items.escalatedTo(mine, SHOWN);
        audit.record(AuditRecord.of(CommonAction.VIEW, "EscalatedItems", access.require().unit()).withDetail(escalated.size() + " items"));
        model.addAttribute("items", escalated);
        return "triage/escalated";
    }
}
