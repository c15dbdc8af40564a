package org.hifazat.pdq.index;

import org.hifazat.pdq.PdqHash;

/**
 * The indexed hashes in flat primitive arrays: entry {@code e} has words
 * {@code words[4e .. 4e+3]} (bits 0–63 first), {@code ids[e]} and {@code quality[e]}. Ten million
 * entries take 410 MB, with no per-entry object, and a distance computation reads one 32-byte run.
 */
final class HashStore {

    final long[] words;
    final long[] ids;
    final byte[] quality;
    final int size;

    HashStore(long[] words, long[] ids, byte[] quality, int size) {
        this.words = words;
        this.ids = ids;
        this.quality = quality;
        this.size = size;
    }

    PdqHash hash(int entry) {
        int b = entry * 4;
        return PdqHash.of(words[b], words[b + 1], words[b + 2], words[b + 3]);
    }

    int quality(int entry) {
        return quality[entry];
    }

    long bytes() {
        return words.length * 8L + ids.length * 8L + quality.length;
    }

    static long[] wordsOf(PdqHash hash) {
        return new long[] {hash.word(0), hash.word(1), hash.word(2), hash.word(3)};
    }
}
