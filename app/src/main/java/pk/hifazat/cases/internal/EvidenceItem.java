package pk.hifazat.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.EvidenceSeized;

/** A seized item, its files' hashes and who holds it now (the last custody entry's holder). */
public record EvidenceItem(UUID id, CaseId caseId, String label, String description, Instant seizedAt,
                           String seizedPlace, String seizedBy, String holder, List<EvidenceFile> files) {

    public EvidenceItem {
        files = List.copyOf(files);
    }

    /** Its seizure as announced, for matching its files against known material; empty when it has no files. */
    Optional<EvidenceSeized> seizure(CaseNumber number) {
        return files.isEmpty() ? Optional.empty() : Optional.of(new EvidenceSeized(caseId, number, id, label, files.stream()
                .map(f -> new EvidenceSeized.SeizedFile(f.name(), f.sha256(), f.pdq(), f.quality())).toList()));
    }

    /** A file of the item by its hashes; either may be absent (a PDQ only for images). */
    public record EvidenceFile(String name, String sha256, String pdq, Integer quality) {
    }

    /** One hand-over in the chain; the first is the seizure itself, from nobody. */
    public record Custody(int position, String from, String to, Instant handedAt, String reason, Instant recordedAt,
                          UUID recordedBy) {
    }
}
