package pk.hifazat.cases;

import java.time.Instant;
import java.util.List;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.identity.UserId;
import pk.hifazat.intake.ReportId;

/**
 * Reports became part of a case: when it was opened from them (or from their cluster), or attached
 * later. Only reports new to the case are named. Triage listens to close their queue items as
 * "moved to case".
 */
@DomainEvent
public record ReportsAttachedToCase(CaseId caseId, CaseNumber number, List<ReportId> reports, UserId by,
                                    Instant attachedAt) {

    public ReportsAttachedToCase {
        reports = List.copyOf(reports);
    }
}
