package pk.hifazat.intake.internal;

import java.util.Arrays;
import java.util.List;

import pk.hifazat.identifiers.FileHash;
import pk.hifazat.identifiers.HashAlgorithm;

/**
 * An image's turned and mirrored PDQ hashes as {@code report_file.pdq_variants} keeps them: one
 * text of hex hashes separated by spaces, so that the bulk insert can pass a batch's files as one
 * array per column.
 */
final class PdqVariants {

    private PdqVariants() {
    }

    static String column(List<String> variants) {
        return variants.isEmpty() ? null : String.join(" ", variants);
    }

    static List<FileHash> hashes(String column) {
        return column == null ? List.of()
                : Arrays.stream(column.split(" ")).map(hex -> new FileHash(HashAlgorithm.PDQ, hex)).toList();
    }
}
