package pk.hifazat.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.audit.AuditAction;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.cases.internal.EvidenceItem.Custody;
import pk.hifazat.identity.Access;

/**
 * Evidence and its chain of custody. Seizing an item opens its chain (from nobody to the seizing
 * officer); each hand-over is appended from whoever holds it now, so the current holder is always
 * the last entry's; nothing in the chain is ever changed (the database refuses it too). An item's
 * files are announced with {@link pk.hifazat.cases.EvidenceSeized}, for matching against known material.
 */
@Service
public class CaseEvidence {

    private final EvidenceItems items;
    private final CaseFiles cases;
    private final CaseGuard guard;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseEvidence(EvidenceItems items, CaseFiles cases, CaseGuard guard, Access access, ApplicationEventPublisher events,
                 Clock clock) {
        this.items = items;
        this.cases = cases;
        this.guard = guard;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    EvidenceItem add(String number, CaseRequests.AddEvidence request) {
        String description = Inputs.text(request.description(), "description", 2000, true);
        Instant seizedAt = Inputs.moment(request.seizedAt(), "seizedAt");
        String place = Inputs.text(request.seizedPlace(), "seizedPlace", 200, true);
        String seizedBy = Inputs.text(request.seizedBy(), "seizedBy", 200, true);
        var files = SeizedFiles.read(request.sha256(), request.pdqFile());
        Instant now = clock.instant();
        if (seizedAt.isAfter(now)) {
            throw new CaseInputException("seizedAt", "cases.input.future");
        }
        CaseFile file = guard.change(number, CasesAction.ADD_EVIDENCE, files.size() + " files");
        EvidenceItem item = new EvidenceItem(UUID.randomUUID(), file.id(), items.nextLabel(file.id()), description, seizedAt,
                place, seizedBy, seizedBy, files);
        items.insert(item, now, access.require().id());
        items.append(item.id(), new Custody(1, null, seizedBy, seizedAt, "seized", now, access.require().id().value()));
        item.seizure(file.number()).ifPresent(events::publishEvent);
        return item;
    }

    /** Appends a hand-over from the current holder. */
    @Transactional
    EvidenceItem transfer(UUID itemId, CaseRequests.Transfer request) {
        String to = Inputs.text(request.to(), "to", 200, true);
        Instant handedAt = Inputs.moment(request.handedAt(), "handedAt");
        String reason = Inputs.text(request.reason(), "reason", 1000, true);
        EvidenceItem item = items.lock(itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CaseFile file = cases.byId(item.caseId()).orElseThrow();
        guard.check(file, CasesAction.TRANSFER_CUSTODY, "Evidence", file.number() + "/" + item.label());
        List<Custody> chain = items.chain(itemId);
        Custody last = chain.getLast();
        if (handedAt.isBefore(last.handedAt())) {
            throw new CaseInputException("handedAt", "cases.input.beforeLastHandOver");
        }
        if (handedAt.isAfter(clock.instant())) {
            throw new CaseInputException("handedAt", "cases.input.future");
        }
        if (to.equals(last.to())) {
            throw new CaseInputException("to", "cases.input.sameHolder");
        }
        items.append(itemId, new Custody(last.position() + 1, last.to(), to, handedAt, reason, clock.instant(),
                access.require().id().value()));
        return items.byId(itemId).orElseThrow();
    }

    /** The item and its chain, audited as a view, or as a custody report printed for court. */
    @Transactional
    ItemWithChain read(UUID itemId, boolean report) {
        EvidenceItem item = items.byId(itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CaseFile file = cases.byId(item.caseId()).orElseThrow();
        AuditAction action = report ? CasesAction.PRINT_CUSTODY : CommonAction.VIEW;
        guard.check(file, action, "Evidence", file.number() + "/" + item.label());
        return new ItemWithChain(file, item, items.chain(itemId));
    }

    public record ItemWithChain(CaseFile file, EvidenceItem item, List<Custody> chain) {
    }
}
