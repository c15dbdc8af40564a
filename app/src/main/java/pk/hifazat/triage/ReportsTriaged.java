package pk.hifazat.triage;

import java.util.List;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Reports were routed and ranked, or ranked again when matching found material: their district (the
 * rule that found it is triage's own) and their priority as they stand now. One event per triaged
 * batch, published in the transaction that stored it. Statistics counts reports by district and
 * priority from it.
 */
@DomainEvent
public record ReportsTriaged(List<TriagedReport> reports) {

    public ReportsTriaged {
        reports = List.copyOf(reports);
    }
}
