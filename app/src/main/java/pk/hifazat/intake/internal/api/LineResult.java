package pk.hifazat.intake.internal.api;

import java.util.List;
import java.util.Map;

import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.Violation;

/**
 * The answer to one line of a bulk file: {@code accepted} with its receipt (a duplicate carries
 * the earlier report's), or {@code rejected} with the errors, each naming its field.
 */
record LineResult(long line, String result, String receipt, String externalReportId, Boolean duplicate,
                  List<Map<String, String>> errors) {

    static LineResult accepted(long line, Receipt receipt, String externalReportId) {
        return new LineResult(line, "accepted", receipt.code().value(), externalReportId, receipt.duplicate(), null);
    }

    static LineResult rejected(long line, List<Violation> violations) {
        return new LineResult(line, "rejected", null, null, null, Problems.errors(violations));
    }
}
