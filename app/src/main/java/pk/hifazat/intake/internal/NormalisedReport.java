package pk.hifazat.intake.internal;

import java.util.List;

import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReporterContact;
import pk.hifazat.intake.Violation;

/**
 * A report after normalisation: its content in the same shape with every identifier in its
 * normal form, the identifiers listed for linking, and whatever was wrong (when anything was, the
 * report must not be stored).
 */
record NormalisedReport(ReportContent content, ReporterContact contact, List<ReportIdentifier> identifiers,
                        List<Violation> violations) {

    boolean isValid() {
        return violations.isEmpty();
    }
}
