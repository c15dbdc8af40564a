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

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            Instant at = Instant.parse("2026-11-29T10:00:00Z").plusSeconds(seq);
            String hash = ChainHash.of(seq, at, "officer", "VIEW", "Case", "c" + seq, "DONE", "", previous);
            entries.add(new AuditEntry(seq, at, "officer", "VIEW", "Case", "c" + seq, Outcome.DONE, "", previous, hash));
            previous = hash;
        }
        return entries;
    }

    private static ChainWalk walk(List<AuditEntry> entries) {
        ChainWalk walk = new ChainWalk();
        entries.forEach(e -> {
            if (!walk.isBroken()) {
                walk.accept(e);
            }
        });
        return walk;
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
        String forged = ChainHash.of(3, original.at(), "someone else", "VIEW", "Case", "c3", "DONE", "", original.previousHash());
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
}
