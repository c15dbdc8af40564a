package pk.hifazat.triage;

import java.util.Objects;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.intake.ReportId;

/** One report as triage left it: {@code district} is null when none could be resolved. */
public record TriagedReport(ReportId report, DistrictCode district, Priority priority) {

    public TriagedReport {
        Objects.requireNonNull(report, "a report");
        Objects.requireNonNull(priority, "a priority");
    }
}
