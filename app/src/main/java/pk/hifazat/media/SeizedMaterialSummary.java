package pk.hifazat.media;

import java.util.List;

/**
 * Known material among a case's seized files.
 *
 * @param files           the seized files kept for matching
 * @param matchedFiles    those that match at least one live bank entry
 * @param byBank          per bank, how many files match its entries, most first
 * @param unknownPictures files with a usable PDQ hash that match nothing known: a possible new victim
 */
public record SeizedMaterialSummary(int files, int matchedFiles, List<BankFiles> byBank, int unknownPictures) {

    public SeizedMaterialSummary {
        byBank = List.copyOf(byBank);
    }

    /** A bank by name and how many of the case's seized files match it. */
    public record BankFiles(String bank, int files) {
    }
}
