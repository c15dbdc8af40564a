package pk.hifazat.media;

import java.util.List;
import java.util.Objects;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.intake.ReportId;

/**
 * Files of different reports whose images look alike — the same picture re-compressed, resized,
 * turned or mirrored — found when the later file was matched: the same child, perhaps not yet
 * known to any bank, in two reports. One event per matched batch; linking joins the reports.
 */
@DomainEvent
public record FilesLookAlike(List<Pair> pairs) {

    public FilesLookAlike {
        pairs = List.copyOf(pairs);
    }

    /**
     * @param earlier      the report whose file was kept first
     * @param earlierFile  that file's position among its report's files
     * @param later        the report whose file looks like it
     * @param laterFile    that file's position
     * @param distance     the PDQ distance between the two (over all turns and mirrors of the later one)
     */
    public record Pair(ReportId earlier, int earlierFile, ReportId later, int laterFile, int distance) {

        public Pair {
            Objects.requireNonNull(earlier, "the earlier report");
            Objects.requireNonNull(later, "the later report");
        }
    }
}
