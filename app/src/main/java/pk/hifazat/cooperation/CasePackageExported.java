package pk.hifazat.cooperation;

import java.time.Instant;
import java.util.List;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.cases.CaseId;

/**
 * A case package left the system for a partner abroad, as JSON or PDF, with the parts it held.
 *
 * @param parts the names of the parts, for example SUMMARY, PERSONS
 */
@DomainEvent
public record CasePackageExported(CooperationRequestId request, CaseId caseId, String format, List<String> parts,
                                  Instant exportedAt) {

    public CasePackageExported {
        parts = List.copyOf(parts);
    }
}
