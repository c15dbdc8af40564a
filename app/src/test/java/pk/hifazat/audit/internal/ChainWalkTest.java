package pk.hifazat.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.ChainVerification.Problem;
import pk.hifazat.audit.Outcome;

class ChainWalkTest {

    private static final AuditKey KEY = new AuditKey(new byte[32]);
    private static final AuditKey ANOTHER_KEY = new AuditKey("another key, of thirty-two bytes".getBytes());
    private static final Instant START = Instant.parse("2026-11-29T10:00:00Z");

    /** Entries 1 to {@code length}, those from {@code keyedFrom} on keyed with {@link #KEY}. */
    private static List<AuditEntry> chain(int length, long keyedFrom) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            Instant at = START.plusSeconds(seq);
            String hash = seq >= keyedFrom
                    ? ChainHash.keyed(KEY, seq, at, "officer", "VIEW", "Case", "c" + seq, "DONE", "", previous)
                    : ChainHash.unkeyed(seq, at, "officer", "VIEW", "Case", "c" + seq, "DONE", "", previous);
            entries.add(new AuditEntry(seq, at, "officer", "VIEW", "Case", "c" + seq, Outcome.DONE, "", previous, hash));
            previous = hash;
        }
        return entries;
    }

    private static List<AuditEntry> chain(int length) {
        return chain(length, 1);
    }

    private static ChainWalk walk(List<AuditEntry> entries, long keyedFrom, List<Checkpoint> checkpoints) {
        ChainWalk walk = new ChainWalk(KEY, keyedFrom, checkpoints);
        entries.forEach(e -> {
            if (!walk.isBroken()) {
                walk.accept(e);
            }
        });
        return walk;
    }

    private static ChainWalk walk(List<AuditEntry> entries) {
        return walk(entries, 1, List.of());
    }

    private static Checkpoint checkpointOf(AuditEntry entry, long keyedFrom) {
        return Checkpoint.signed(KEY, START, entry.seq(), entry.hash(), keyedFrom);
    }

    /** The entry with another outcome, and its link recomputed as whoever can write the database, without the key, would. */
    private static AuditEntry relinkedWithoutTheKey(AuditEntry e, String previousHash) {
        return new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.targetType(), e.targetId(), Outcome.DONE,
                e.detail(), previousHash, ChainHash.unkeyed(e.seq(), e.at(), e.actor(), e.action(), e.targetType(),
                e.targetId(), "DONE", e.detail(), previousHash));
    }

    @Test
    void anUnchangedChainIsIntact() {
        var entries = chain(5);
        var result = walk(entries).endsAt(5, entries.get(4).hash());
        assertThat(result.isIntact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
    }

    @Test
    void aChangedEntryIsNamed() {
        var entries = chain(5);
        var original = entries.get(2);
        entries.set(2, new AuditEntry(3, original.at(), "someone else", original.action(), original.targetType(),
                original.targetId(), original.outcome(), original.detail(), original.previousHash(), original.hash()));
        var result = walk(entries).result();
        assertThat(result.firstBroken()).isEqualTo(3);
        assertThat(result.problem()).isEqualTo(Problem.CHANGED);
    }

    @Test
    void aDeletedEntryIsNamed() {
        var entries = chain(5);
        entries.remove(1);
        var result = walk(entries).result();
        assertThat(result.firstBroken()).isEqualTo(2);
        assertThat(result.problem()).isEqualTo(Problem.MISSING);
    }

    @Test
    void aRecomputedEntryStillBreaksTheLinkOfTheNextOne() {
        var entries = chain(5);
        var original = entries.get(2);
        String forged = ChainHash.keyed(KEY, 3, original.at(), "someone else", "VIEW", "Case", "c3", "DONE", "",
                original.previousHash());
        entries.set(2, new AuditEntry(3, original.at(), "someone else", "VIEW", "Case", "c3", Outcome.DONE, "",
                original.previousHash(), forged));
        var result = walk(entries).result();
        assertThat(result.firstBroken()).isEqualTo(4);
        assertThat(result.problem()).isEqualTo(Problem.LINK);
    }

    @Test
    void missingNewestEntriesAreFoundAgainstTheHead() {
        var entries = chain(5);
        var head = entries.get(4).hash();
        var result = walk(entries.subList(0, 3)).endsAt(5, head);
        assertThat(result.isIntact()).isFalse();
        assertThat(result.problem()).isEqualTo(Problem.TAIL);
        assertThat(result.firstBroken()).isEqualTo(4);
    }

    @Test
    void aChainRewrittenFromAnEntryOnWithoutTheKeyIsFoundAtThatEntry() {
        var entries = chain(5);
        String previous = entries.get(1).hash();
        for (int i = 2; i < 5; i++) {
            entries.set(i, relinkedWithoutTheKey(entries.get(i), previous));
            previous = entries.get(i).hash();
        }
        var result = walk(entries).result();
        assertThat(result.firstBroken()).isEqualTo(3);
        assertThat(result.problem()).isEqualTo(Problem.CHANGED);
    }

    @Test
    void entriesWrittenBeforeTheKeyVerifyAsTheyWereWrittenAndThoseFromTheCutOverOnNeedTheKey() {
        var entries = chain(6, 4);
        assertThat(walk(entries, 4, List.of()).endsAt(6, entries.get(5).hash()).isIntact()).isTrue();

        var passedOffAsOld = chain(6, 4);
        passedOffAsOld.set(4, relinkedWithoutTheKey(passedOffAsOld.get(4), passedOffAsOld.get(3).hash()));
        var result = walk(passedOffAsOld, 4, List.of()).result();
        assertThat(result.firstBroken()).isEqualTo(5);
        assertThat(result.problem()).isEqualTo(Problem.CHANGED);
    }

    @Test
    void aChainThatMatchesItsCheckpointsIsIntactAndSaysHowManyItMatched() {
        var entries = chain(5);
        var result = walk(entries, 1, List.of(checkpointOf(entries.get(1), 1), checkpointOf(entries.get(3), 1)))
                .endsAt(5, entries.get(4).hash());
        assertThat(result.isIntact()).isTrue();
        assertThat(result.checkpointsMatched()).isEqualTo(2);
    }

    @Test
    void aChainRewrittenWithTheKeyNoLongerMatchesTheCheckpointAfterTheRewrite() {
        var entries = chain(6);
        var checkpoint = checkpointOf(entries.get(4), 1);
        var rewritten = new ArrayList<>(entries.subList(0, 2));
        String previous = entries.get(1).hash();
        for (var e : entries.subList(2, 6)) {
            String hash = ChainHash.keyed(KEY, e.seq(), e.at(), e.actor(), e.action(), e.targetType(), e.targetId(),
                    e.seq() == 3 ? "REFUSED" : "DONE", e.detail(), previous);
            rewritten.add(new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.targetType(), e.targetId(),
                    e.seq() == 3 ? Outcome.REFUSED : Outcome.DONE, e.detail(), previous, hash));
            previous = hash;
        }
        var result = walk(rewritten, 1, List.of(checkpoint)).result();
        assertThat(result.firstBroken()).isEqualTo(5);
        assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT);
    }

    @Test
    void aCutOverMovedSinceACheckpointIsFound() {
        var entries = chain(5, 3);
        var result = walk(entries, 3, List.of(checkpointOf(entries.get(3), 2))).result();
        assertThat(result.firstBroken()).isEqualTo(4);
        assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT);
    }

    @Test
    void aCheckpointNotSignedWithTheKeyIsReported() {
        var entries = chain(5);
        var forged = Checkpoint.signed(ANOTHER_KEY, START, 4, entries.get(3).hash(), 1);
        var result = walk(entries, 1, List.of(forged)).result();
        assertThat(result.firstBroken()).isEqualTo(4);
        assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT_SIGNATURE);
    }

    @Test
    void entriesACheckpointRecordedThatAreGoneAreFound() {
        var entries = chain(5);
        var result = walk(entries.subList(0, 3), 1, List.of(checkpointOf(entries.get(4), 1)))
                .endsAt(3, entries.get(2).hash());
        assertThat(result.problem()).isEqualTo(Problem.TAIL);
        assertThat(result.firstBroken()).isEqualTo(4);
    }

    @Test
    void aCheckpointIsReadBackFromItsLineWhereverItStandsInTheLine() {
        var checkpoint = checkpointOf(chain(2).get(1), 1);
        assertThat(Checkpoint.in("Mar  1 09:30:00 host hifazat[812]: INFO " + checkpoint.line())).contains(checkpoint);
        assertThat(Checkpoint.in(checkpoint.line().substring(0, 60))).isEmpty();
        assertThat(Checkpoint.in("an unrelated line")).isEmpty();
    }
}
