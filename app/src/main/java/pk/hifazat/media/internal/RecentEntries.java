package pk.hifazat.media.internal;

import java.util.Arrays;
import java.util.function.LongPredicate;

import org.hifazat.pdq.PdqHash;

/**
 * Entries added since the index was last built, searched one by one until the next build. Appended
 * to by one thread only: a new version shares the arrays of the one before while they have room, and
 * a reader holding an older version never looks past its own size.
 */
final class RecentEntries {

    static final RecentEntries EMPTY = new RecentEntries(new long[0], new long[0], new long[0], 0);

    private final long[] words;
    private final long[] ids;
    private final long[] seqs;
    private final int size;

    private RecentEntries(long[] words, long[] ids, long[] seqs, int size) {
        this.words = words;
        this.ids = ids;
        this.seqs = seqs;
        this.size = size;
    }

    int size() {
        return size;
    }

    RecentEntries plus(PdqHash hash, long id, long seq) {
        long[] w = words;
        long[] i = ids;
        long[] s = seqs;
        if (size == ids.length) {
            int capacity = Math.max(1024, size * 2);
            w = Arrays.copyOf(words, capacity * 4);
            i = Arrays.copyOf(ids, capacity);
            s = Arrays.copyOf(seqs, capacity);
        }
        for (int k = 0; k < 4; k++) {
            w[size * 4 + k] = hash.word(k);
        }
        i[size] = id;
        s[size] = seq;
        return new RecentEntries(w, i, s, size + 1);
    }

    /** Only the entries added after the change a new build included. */
    RecentEntries after(long seq) {
        RecentEntries kept = EMPTY;
        for (int n = 0; n < size; n++) {
            if (seqs[n] > seq) {
                kept = kept.plus(hashAt(n), ids[n], seqs[n]);
            }
        }
        return kept;
    }

    /** Calls back with each entry's id and the least distance from any of the hashes, where within the radius. */
    void search(PdqHash[] hashes, int radius, Visitor visitor, LongPredicate wanted) {
        for (int n = 0; n < size; n++) {
            int b = n * 4;
            int best = Integer.MAX_VALUE;
            for (PdqHash h : hashes) {
                int d = Long.bitCount(words[b] ^ h.word(0)) + Long.bitCount(words[b + 1] ^ h.word(1))
                        + Long.bitCount(words[b + 2] ^ h.word(2)) + Long.bitCount(words[b + 3] ^ h.word(3));
                best = Math.min(best, d);
            }
            if (best <= radius && wanted.test(ids[n])) {
                visitor.found(ids[n], best);
            }
        }
    }

    private PdqHash hashAt(int n) {
        int b = n * 4;
        return PdqHash.of(words[b], words[b + 1], words[b + 2], words[b + 3]);
    }

    interface Visitor {
        void found(long id, int distance);
    }
}
