package pk.hifazat.audit.internal;

import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.ChainVerification;

/**
 * Checks entries in sequence order against the chain: no gap in the numbers, each entry pointing
 * at its predecessor's hash, and each hash matching the entry's own fields. Stops at the first
 * entry that does not fit, which is the one an investigator needs to look at.
 */
final class ChainWalk {

    private long checked;
    private long expectedSeq = 1;
    private String previousHash = ChainHash.GENESIS;
    private long broken = -1;
    private ChainVerification.Problem problem = ChainVerification.Problem.NONE;

    boolean isBroken() {
        return broken >= 0;
    }

    void accept(AuditEntry entry) {
        checked++;
        if (entry.seq() != expectedSeq) {
            fail(expectedSeq, ChainVerification.Problem.MISSING);
        } else if (!entry.previousHash().equals(previousHash)) {
            fail(entry.seq(), ChainVerification.Problem.LINK);
        } else if (!ChainHash.of(entry.seq(), entry.at(), entry.actor(), entry.action(), entry.targetType(),
                entry.targetId(), entry.outcome().name(), entry.detail(), entry.previousHash()).equals(entry.hash())) {
            fail(entry.seq(), ChainVerification.Problem.CHANGED);
        } else {
            previousHash = entry.hash();
            expectedSeq++;
        }
    }

    ChainVerification endsAt(long headSeq, String headHash) {
        if (headSeq != expectedSeq - 1 || !headHash.equals(previousHash)) {
            return new ChainVerification(checked, expectedSeq, ChainVerification.Problem.TAIL);
        }
        return ChainVerification.intact(checked);
    }

    ChainVerification result() {
        return new ChainVerification(checked, broken, problem);
    }

    private void fail(long seq, ChainVerification.Problem why) {
        broken = seq;
        problem = why;
    }
}
