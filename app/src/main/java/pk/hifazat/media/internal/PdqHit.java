package pk.hifazat.media.internal;

import pk.hifazat.media.BankId;

/** A bank entry within its bank's radius of a searched PDQ hash. */
record PdqHit(long entry, BankId bank, int distance) {
}
