package pk.hifazat.media.internal;

import pk.hifazat.media.BankId;

/**
 * A live bank entry as a match names it: the category is the bank's default where the entry gives none.
 */
record KnownEntry(long id, BankId bank, String bankName, Severity severity, String category, String series,
                  boolean victimIdentified) {
}
