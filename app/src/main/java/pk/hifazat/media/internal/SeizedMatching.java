package pk.hifazat.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.media.SeizedItem;
import pk.hifazat.media.SeizedMaterial;
import pk.hifazat.media.SeizedMaterialSummary;

/**
 * Matches the files seized as cases' evidence as report files are matched (the same {@link Matcher}),
 * keeps their hashes so that a bank that grows later finds them, and marks a picture that matched
 * nothing as unknown material of its case.
 */
@Component
class SeizedMatching implements SeizedMaterial {

    private final SeizedFiles files;
    private final Matcher matcher;

    SeizedMatching(SeizedFiles files, Matcher matcher) {
        this.files = files;
        this.matcher = matcher;
    }

    @Override
    @Transactional
    public void match(SeizedItem item) {
        matchKept(files.keepNew(item, item.files().stream().map(file -> SeizedFile.of(item, file)).toList()));
    }

    @Override
    @Transactional(readOnly = true)
    public SeizedMaterialSummary ofCase(UUID caseId) {
        return files.ofCase(caseId);
    }

    /** Matches kept files and stores what is new; a grown bank's candidates come here too. */
    void matchKept(List<SeizedFile> kept) {
        List<SeizedFile> matchedNothing = new ArrayList<>();
        matcher.find(kept).forEach((file, hits) -> {
            hits.forEach(hit -> files.keep(file, hit));
            if (hits.isEmpty() && file.hasUsablePdq()) {
                matchedNothing.add(file);
            }
        });
        files.markUnknown(matchedNothing);
    }
}
