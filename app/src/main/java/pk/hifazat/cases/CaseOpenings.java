package pk.hifazat.cases;

import java.util.Collection;
import java.util.List;

import pk.hifazat.intake.ReportId;

/**
 * Opening a case from reports found elsewhere (a network's), and attaching reports to a case, for
 * the signed-in officer: jurisdiction through {@code Access} and audit as the case pages do (a
 * district or case outside it is refused with an {@code AccessDeniedException}, audited).
 */
public interface CaseOpenings {

    /**
     * Opens a case led by the signed-in officer in a district's unit, with these reports attached.
     *
     * @param district a district code; blank for the officer's only district
     * @throws InvalidCaseRequest naming the field (title, district, reports) when it cannot be opened
     */
    CaseNumber openFromReports(String title, String district, Collection<ReportId> reports);

    /**
     * Attaches reports to an existing case.
     *
     * @return the reports new to the case
     * @throws InvalidCaseRequest naming the field ({@code case}, reports) when the case is unknown or a report is
     */
    List<ReportId> attach(String caseNumber, Collection<ReportId> reports);
}
