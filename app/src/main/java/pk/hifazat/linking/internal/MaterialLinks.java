package pk.hifazat.linking.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.media.FilesLookAlike;
import pk.hifazat.media.MaterialAssessed;
import pk.hifazat.media.MaterialMatch;
import pk.hifazat.media.ReportMaterial;

/**
 * Links reports by what known-material matching found in their files: images that look alike across
 * reports (the same picture re-compressed, resized, turned), and matches with entries of one known
 * series. Each report is linked in its own short transaction, in its turn.
 */
@Component
class MaterialLinks {

    private final ReceivedReports reports;
    private final Linker linker;
    private final LinkingTurns turns;

    MaterialLinks(ReceivedReports reports, Linker linker, LinkingTurns turns) {
        this.reports = reports;
        this.linker = linker;
        this.turns = turns;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(FilesLookAlike alike) {
        Map<ReportId, List<LinkKey>> keys = new LinkedHashMap<>();
        for (FilesLookAlike.Pair pair : alike.pairs()) {
            LinkKey key = KeyRules.lookAlike(pair.earlier(), pair.earlierFile());
            keys.computeIfAbsent(pair.earlier(), r -> new ArrayList<>()).add(key);
            keys.computeIfAbsent(pair.later(), r -> new ArrayList<>()).add(key);
        }
        link(keys);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MaterialAssessed assessed) {
        Map<ReportId, List<LinkKey>> keys = new LinkedHashMap<>();
        for (ReportMaterial material : assessed.reports()) {
            for (MaterialMatch match : material.matches()) {
                if (match.series() != null && !match.series().isBlank()) {
                    keys.computeIfAbsent(material.report(), r -> new ArrayList<>()).add(KeyRules.series(match.series()));
                }
            }
        }
        link(keys);
    }

    private void link(Map<ReportId, List<LinkKey>> keys) {
        keys.forEach((report, found) -> turns.alone(() -> reports.byId(report)
                .ifPresent(incoming -> linker.linkWithMaterial(incoming, found))));
    }
}
