package pk.hifazat.media.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.intake.ReportId;
import pk.hifazat.media.KnownMaterial;
import pk.hifazat.media.MaterialMatch;
import pk.hifazat.media.ReportMaterial;

/** Reports' matches as stored. */
@Component
class StoredMaterial implements KnownMaterial {

    private final Matches matches;

    StoredMaterial(Matches matches) {
        this.matches = matches;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaterialMatch> matchesOf(ReportId report) {
        return matches.ofReport(report);
    }

    @Override
    @Transactional(readOnly = true)
    public ReportMaterial materialOf(ReportId report) {
        return new ReportMaterial(report, matches.ofReport(report), matches.unknownOf(report));
    }
}
