package pk.hifazat.cases;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An item with files was seized as a case's evidence: its files' hashes, for matching against the
 * banks of known material. Items without files are not announced.
 *
 * @param item  the evidence item's id
 * @param label its label within the case (E-0001)
 */
@DomainEvent
public record EvidenceSeized(CaseId caseId, CaseNumber number, UUID item, String label, List<SeizedFile> files) {

    public EvidenceSeized {
        Objects.requireNonNull(caseId, "a case");
        Objects.requireNonNull(item, "an item");
        files = List.copyOf(files);
    }

    /** A seized file by its name within the item; either hash may be absent (a PDQ hash only for pictures). */
    public record SeizedFile(String name, String sha256, String pdq, Integer quality) {
    }
}
