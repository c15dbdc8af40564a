package org.hifazat.pdq.index;

/**
 * One chunk's buckets for the compact layout, arranged so that most probes cost one memory read:
 * with ceil(log2 n) bits a chunk, a bucket holds between half an entry and one on average (0.6
 * for ten million hashes: 55% of buckets empty, a third with exactly one entry, 12% with more). {@code slot[key]} is
 * therefore the entry itself where the bucket holds one, {@link #EMPTY} where it holds none, and
 * otherwise {@code -2 - o}, with the bucket at {@code overflow[o]}: its size, then its entries in
 * index order. Compressed sparse rows ({@link ChunkTable}) need two reads for every non-empty
 * bucket, the bounds and then the entries, and 4 bytes per entry more.
 */
final class SlotTable {

    static final int EMPTY = -1;

    final int[] slot;
    final int[] overflow;

    private SlotTable(int[] slot, int[] overflow) {
        this.slot = slot;
        this.overflow = overflow;
    }

    static SlotTable build(HashStore store, ChunkLayout layout, int t) {
        ChunkTable sorted = ChunkTable.build(store, layout, t);
        int[] start = sorted.bucketStart;
        int keys = start.length - 1;
        int overflowLength = 0;
        for (int k = 0; k < keys; k++) {
            int size = start[k + 1] - start[k];
            if (size > 1) {
                overflowLength += 1 + size;
            }
        }
        int[] slot = new int[keys];
        int[] overflow = new int[overflowLength];
        int o = 0;
        for (int k = 0; k < keys; k++) {
            int size = start[k + 1] - start[k];
            if (size == 0) {
                slot[k] = EMPTY;
            } else if (size == 1) {
                slot[k] = sorted.entries[start[k]];
            } else {
                slot[k] = -2 - o;
                overflow[o++] = size;
                System.arraycopy(sorted.entries, start[k], overflow, o, size);
                o += size;
            }
        }
        return new SlotTable(slot, overflow);
    }

    long bytes() {
        return slot.length * 4L + overflow.length * 4L;
    }
}
