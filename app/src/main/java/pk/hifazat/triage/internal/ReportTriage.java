package pk.hifazat.triage.internal;

import java.util.List;

import pk.hifazat.geography.District;
import pk.hifazat.linking.LinkStrength;

/**
 * One report's triage page: its receipt, the district it is counted in and why, its own priority
 * and reasons, the queue item of its cluster, and each identifier it shares with other reports.
 */
public record ReportTriage(ReportRow row, String receipt, District district, DistrictRule districtRule, ClusterView cluster,
                    List<Shared> shared) {

    /**
     * An identifier and the other reports that name it: how many, in how many districts, and those
     * the reader may open.
     */
    public record Shared(String kind, String value, String platform, LinkStrength strength, int otherCount,
                  List<District> districts, List<ClusterView.LinkedRow> visible) {
    }
}
