package pk.hifazat.media;

import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * Reports' files were matched against the banks: one event per matched batch (a batch of newly
 * received reports, an addition, or stored reports matched again when a bank grew), listing only
 * the reports where something was found — known material or unknown material.
 */
@DomainEvent
public record MaterialAssessed(List<ReportMaterial> reports) {

    public MaterialAssessed {
        reports = List.copyOf(reports);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("An event for no reports");
        }
    }
}
