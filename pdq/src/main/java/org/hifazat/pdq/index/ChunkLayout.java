package org.hifazat.pdq.index;

/**
 * How the 256 bits are cut into the substrings ("chunks") of multi-index hashing: {@code count}
 * contiguous runs of near-equal width, each at most 24 bits so that its table can be addressed
 * directly.
 *
 * <p>The width is chosen near log2(n): then a bucket holds about one entry, and a probe costs one
 * table lookup. Narrower chunks make every bucket long (many candidates per probe); wider ones
 * multiply the probes for a given radius and the table memory.
 */
final class ChunkLayout {

    static final int MAX_WIDTH = 24;

    final int count;
    final int[] start;
    final int[] width;

    private ChunkLayout(int count) {
        this.count = count;
        this.start = new int[count];
        this.width = new int[count];
        int wide = 256 % count;
        int position = 0;
        for (int t = 0; t < count; t++) {
            width[t] = 256 / count + (t < wide ? 1 : 0);
            start[t] = position;
            position += width[t];
        }
    }

    /** {@code count} chunks of near-equal width. */
    static ChunkLayout split(int count) {
        if (count < 256 / MAX_WIDTH + 1 || count > 32) {
            throw new IllegalArgumentException("cannot split 256 bits into " + count + " chunks");
        }
        return new ChunkLayout(count);
    }

    /**
     * The layout for an index of {@code n} hashes: chunks of ceil(log2 n) bits, 16 to 24; ten
     * million hashes get 11 chunks of 23–24 bits, measured faster than 12 of 21–22 bits (fewer
     * candidates outweigh more probes) and still within 1.3 GB.
     */
    static ChunkLayout forSize(int n) {
        int log2 = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
        return new ChunkLayout(Math.ceilDiv(256, Math.clamp(log2, 16, MAX_WIDTH)));
    }

    /** The bits of chunk {@code t} of the hash at {@code words[base .. base+3]}. */
    int key(long[] words, int base, int t) {
        return bits(words[base], words[base + 1], words[base + 2], words[base + 3], t);
    }

    /** The bits of chunk {@code t} of the 256-bit value w0 (bits 0–63) .. w3. */
    int bits(long w0, long w1, long w2, long w3, int t) {
        int s = start[t];
        int shift = s & 63;
        long low = word(w0, w1, w2, w3, s >>> 6) >>> shift;
        if (shift + width[t] > 64) {
            low |= word(w0, w1, w2, w3, (s >>> 6) + 1) << (64 - shift);
        }
        return (int) (low & ((1L << width[t]) - 1));
    }

    private static long word(long w0, long w1, long w2, long w3, int index) {
        return switch (index) {
            case 0 -> w0;
            case 1 -> w1;
            case 2 -> w2;
            default -> w3;
        };
    }
}
