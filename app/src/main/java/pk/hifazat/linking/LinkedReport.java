package pk.hifazat.linking;

import java.util.Objects;
import pk.hifazat.intake.ReportId;

/**
 * Where linking placed one report.
 *
 * @param duplicateOf the first report when this one repeats it (same organisation's report under a
 *                    new id, or the same identifiers and files within a short window); null otherwise
 */
public record LinkedReport(ReportId report, ClusterId cluster, ReportId duplicateOf) {

    public LinkedReport {
        Objects.requireNonNull(report, "a report");
        Objects.requireNonNull(cluster, "a cluster");
    }
}
