package pk.hifazat.media;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An item seized as a case's evidence, with its files' hashes.
 *
 * @param caseNumber the case's number as officers write it, shown to the curator beside unknown material
 * @param label      the item's label within the case (E-0001)
 */
public record SeizedItem(UUID caseId, String caseNumber, UUID item, String label, List<File> files) {

    public SeizedItem {
        Objects.requireNonNull(caseId, "a case");
        Objects.requireNonNull(caseNumber, "a case number");
        Objects.requireNonNull(item, "an item");
        Objects.requireNonNull(label, "a label");
        files = List.copyOf(files);
    }

    /**
     * A seized file by its name within the item and its hashes in hexadecimal; either hash may be
     * absent. A PDQ quality under 50 is kept but never matched; none given is taken as usable.
     */
    public record File(String name, String sha256, String pdq, Integer quality) {

        public File {
            Objects.requireNonNull(name, "a file name");
        }
    }
}
