package org.hifazat.pdq.index;

import java.util.Arrays;
import org.hifazat.pdq.PdqHash;
import org.hifazat.pdq.PdqResult;

/**
 * Collects hashes for a {@link MultiIndexHashIndex}. The multi-index tables are built once, in
 * {@link #build()}, by counting sort into flat arrays: far cheaper than maintaining them entry by
 * entry. Not thread-safe.
 */
public final class HashIndexBuilder {

    private long[] words = new long[4 * 1024];
    private long[] ids = new long[1024];
    private byte[] quality = new byte[1024];
    private int size;
    private int chunkCount;
    private long memoryBudget = DEFAULT_MEMORY_BUDGET;
    private Layout layout = Layout.AUTO;

    /** The default {@link #memoryBudget}: 1 GiB. */
    public static final long DEFAULT_MEMORY_BUDGET = 1L << 30;

    /** Which table layout to build; package-private so tests can force each one. */
    enum Layout { AUTO, SKETCHED, INDIRECT }

    HashIndexBuilder() {
    }

    /** Reserves room for {@code n} hashes up front, to avoid regrowing while loading a bank. */
    public HashIndexBuilder expectedSize(int n) {
        grow(n);
        return this;
    }

    /**
     * The memory the index may use (default 1 GiB). The fast layout takes about 360 bytes per hash
     * (1 million hashes: 360 MB); when it does not fit, the compact one is built (about 127 bytes
     * per hash at 10 million), whatever the budget.
     */
    public HashIndexBuilder memoryBudget(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("memory budget must not be negative: " + bytes);
        }
        this.memoryBudget = bytes;
        return this;
    }

    /**
     * Builds the compact layout with this many substrings (11–32) instead of choosing a layout.
     * For experiments and tests; the default suits any size.
     */
    public HashIndexBuilder chunkCount(int chunks) {
        if (chunks < 11 || chunks > 32) {
            throw new IllegalArgumentException("chunk count must be 11..32, not " + chunks);
        }
        this.chunkCount = chunks;
        this.layout = Layout.INDIRECT;
        return this;
    }

    HashIndexBuilder layout(Layout layout) {
        this.layout = layout;
        return this;
    }

    /**
     * Adds a hash.
     *
     * @param quality its PDQ quality, 0–100
     * @param id      any number that identifies it to the caller; returned in {@link Match#id()}
     */
    public HashIndexBuilder add(PdqHash hash, int quality, long id) {
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0..100, not " + quality);
        }
        if (size == Integer.MAX_VALUE / 4) {
            throw new IllegalStateException("an index holds at most " + Integer.MAX_VALUE / 4 + " hashes");
        }
        if (size == ids.length) {
            grow(Math.max(1024, (int) Math.min(Integer.MAX_VALUE / 4, size * 3L / 2)));
        }
        int b = size * 4;
        words[b] = hash.word(0);
        words[b + 1] = hash.word(1);
        words[b + 2] = hash.word(2);
        words[b + 3] = hash.word(3);
        ids[size] = id;
        this.quality[size] = (byte) quality;
        size++;
        return this;
    }

    /** Adds a hash with its quality. */
    public HashIndexBuilder add(PdqResult result, long id) {
        return add(result.hash(), result.quality(), id);
    }

    /** The number of hashes added so far. */
    public int size() {
        return size;
    }

    /** Builds the index. The builder should not be used afterwards. */
    public MultiIndexHashIndex build() {
        HashStore store = new HashStore(trimmed(words, size * 4), trimmed(ids, size),
                quality.length == size ? quality : Arrays.copyOf(quality, size), size);
        words = null;
        ids = null;
        quality = null;
        boolean sketched = switch (layout) {
            case SKETCHED -> true;
            case INDIRECT -> false;
            case AUTO -> store.bytes() + SketchedTables.bytesFor(size) <= memoryBudget;
        };
        ProbeTables tables = sketched ? new SketchedTables(store) : new IndirectTables(store,
                chunkCount > 0 ? ChunkLayout.split(chunkCount) : ChunkLayout.forSize(size));
        return new MultiIndexHashIndex(store, tables);
    }

    private static long[] trimmed(long[] array, int length) {
        return array.length == length ? array : Arrays.copyOf(array, length);
    }

    private void grow(int capacity) {
        if (capacity > ids.length) {
            words = Arrays.copyOf(words, capacity * 4);
            ids = Arrays.copyOf(ids, capacity);
            quality = Arrays.copyOf(quality, capacity);
        }
    }
}
