package org.hifazat.pdq.index;

/**
 * The bucket order of one chunk, in compressed sparse row form: the entries whose chunk equals
 * {@code key} are {@code entries[bucketStart[key] .. bucketStart[key + 1])}, in index order. Two
 * int arrays, no per-bucket objects: 4 bytes per entry plus 4 bytes per possible key.
 */
final class ChunkTable {

    final int[] bucketStart;
    final int[] entries;

    private ChunkTable(int[] bucketStart, int[] entries) {
        this.bucketStart = bucketStart;
        this.entries = entries;
    }

    /** Counting sort of all entries by their chunk {@code t}. */
    static ChunkTable build(HashStore store, ChunkLayout layout, int t) {
        int[] start = new int[(1 << layout.width[t]) + 1];
        long[] words = store.words;
        for (int e = 0; e < store.size; e++) {
            start[layout.key(words, e * 4, t) + 1]++;
        }
        for (int k = 1; k < start.length; k++) {
            start[k] += start[k - 1];
        }
        int[] entries = new int[store.size];
        int[] next = start.clone();
        for (int e = 0; e < store.size; e++) {
            entries[next[layout.key(words, e * 4, t)]++] = e;
        }
        return new ChunkTable(start, entries);
    }

    long bytes() {
        return bucketStart.length * 4L + entries.length * 4L;
    }
}
