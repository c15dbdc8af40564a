package pk.hifazat.triage.internal;

import java.util.List;

import pk.hifazat.geography.District;
import pk.hifazat.units.Unit;

/** A queue item with its unit, district and reports, as the cluster page and the staff API show it. */
public record ClusterView(QueueItem item, Unit unit, District district, List<LinkedRow> reports,
                   List<ReportRows.MaterialRow> material, boolean unknownMaterial) {

    /**
     * A report of the cluster with its receipt and the district it is counted in: its own, or the
     * cluster's when it names none ({@link DistrictRule#LINKED_REPORT}).
     */
    public record LinkedRow(ReportRow row, String receipt, District district, DistrictRule districtRule) {
    }
}
