package pk.hifazat.statistics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;

/**
 * Each report once, as the latest of several events told it (events done together may name a report
 * twice, and one statement may not change a row twice), in slices intake reads at once.
 */
final class LatestOfEach {

    private LatestOfEach() {
    }

    static <T> List<List<T>> slices(List<T> told, Function<T, ReportId> report) {
        Map<ReportId, T> latest = new LinkedHashMap<>();
        told.forEach(t -> latest.put(report.apply(t), t));
        List<T> once = List.copyOf(latest.values());
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < once.size(); from += ReceivedReports.MAX_BATCH) {
            slices.add(once.subList(from, Math.min(once.size(), from + ReceivedReports.MAX_BATCH)));
        }
        return slices;
    }
}
