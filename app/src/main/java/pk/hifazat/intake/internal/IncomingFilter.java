package pk.hifazat.intake.internal;

import java.util.List;

import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReportStatus;

/**
 * What the desk narrows the incoming list to; null (or empty, or false) means "any". A search names
 * either a receipt or identifiers already in their normal forms (one per kind the text could be).
 */
public record IncomingFilter(ReportSource source, IncidentType type, ReportStatus status, String districtCode,
                             boolean urgentOnly, ReceiptCode receipt, List<String> identifierValues) {

    public IncomingFilter {
        identifierValues = identifierValues == null ? List.of() : List.copyOf(identifierValues);
    }

    public static IncomingFilter of(ReportSource source, IncidentType type) {
        return new IncomingFilter(source, type, null, null, false, null, List.of());
    }
}
