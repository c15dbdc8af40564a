package pk.hifazat.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.ChainVerification;

/**
 * Checks entries in sequence order against the chain: no gap in the numbers, each entry pointing
 * at its predecessor's hash, each hash matching the entry's own fields (keyed from the cut-over on,
 * as written before it), and each entry a checkpoint names holding the hash the checkpoint recorded.
 * Stops at the first entry that does not fit, which is the one an investigator needs to look at.
 */
final class ChainWalk {

    private final AuditKey key;
    private final long keyedFrom;
    private final NavigableMap<Long, List<Checkpoint>> checkpoints = new TreeMap<>();
    private long checked;
    private long matched;
    private long expectedSeq = 1;
    private String previousHash = ChainHash.GENESIS;
    private long broken = -1;
    private ChainVerification.Problem problem = ChainVerification.Problem.NONE;

    /** @param keyedFrom the first entry written with the key; those before it are verified as they were written */
    ChainWalk(AuditKey key, long keyedFrom, List<Checkpoint> checkpoints) {
        this.key = key;
        this.keyedFrom = keyedFrom;
        checkpoints.forEach(c -> this.checkpoints.computeIfAbsent(c.seq(), seq -> new ArrayList<>()).add(c));
    }

    boolean isBroken() {
        return broken >= 0;
    }

    void accept(AuditEntry entry) {
        checked++;
        if (entry.seq() != expectedSeq) {
            fail(expectedSeq, ChainVerification.Problem.MISSING);
        } else if (!entry.previousHash().equals(previousHash)) {
            fail(entry.seq(), ChainVerification.Problem.LINK);
        } else if (!link(entry).equals(entry.hash())) {
            fail(entry.seq(), ChainVerification.Problem.CHANGED);
        } else if (matchesItsCheckpoints(entry)) {
            previousHash = entry.hash();
            expectedSeq++;
        }
    }

    private String link(AuditEntry e) {
        return e.seq() >= keyedFrom
                ? ChainHash.keyed(key, e.seq(), e.at(), e.actor(), e.action(), e.targetType(), e.targetId(),
                        e.outcome().name(), e.detail(), e.previousHash())
                : ChainHash.unkeyed(e.seq(), e.at(), e.actor(), e.action(), e.targetType(), e.targetId(),
                        e.outcome().name(), e.detail(), e.previousHash());
    }

    private boolean matchesItsCheckpoints(AuditEntry entry) {
        for (Checkpoint checkpoint : checkpoints.getOrDefault(entry.seq(), List.of())) {
            if (!checkpoint.isSignedBy(key)) {
                fail(entry.seq(), ChainVerification.Problem.CHECKPOINT_SIGNATURE);
                return false;
            }
            if (!checkpoint.hash().equals(entry.hash()) || checkpoint.keyedFrom() != keyedFrom) {
                fail(entry.seq(), ChainVerification.Problem.CHECKPOINT);
                return false;
            }
            matched++;
        }
        return true;
    }

    /** The result once every entry was read; the head is the chain's newest entry as the database records it. */
    ChainVerification endsAt(long headSeq, String headHash) {
        if (isBroken()) {
            return result();
        }
        if (headSeq != expectedSeq - 1 || !headHash.equals(previousHash)) {
            return new ChainVerification(checked, matched, expectedSeq, ChainVerification.Problem.TAIL);
        }
        Map.Entry<Long, List<Checkpoint>> beyond = checkpoints.higherEntry(headSeq);
        if (beyond != null) {
            boolean signed = beyond.getValue().stream().allMatch(c -> c.isSignedBy(key));
            return signed ? new ChainVerification(checked, matched, expectedSeq, ChainVerification.Problem.TAIL)
                    : new ChainVerification(checked, matched, beyond.getKey(), ChainVerification.Problem.CHECKPOINT_SIGNATURE);
        }
        return ChainVerification.intact(checked, matched);
    }

    ChainVerification result() {
        return new ChainVerification(checked, matched, broken, problem);
    }

    private void fail(long seq, ChainVerification.Problem why) {
        broken = seq;
        problem = why;
    }
}
