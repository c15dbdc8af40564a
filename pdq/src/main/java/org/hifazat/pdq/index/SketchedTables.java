package org.hifazat.pdq.index;

/**
 * The fast layout: 16 chunks of 16 bits, and in every bucket, next to each entry number, a
 * 128-bit sketch of the entry's hash: the two words that do not hold the chunk. The query's
 * distance to the sketch plus its distance on the chunk is a lower bound of the full distance, and
 * for an unrelated hash it is far above any useful radius (128 random bits differ in 31 or fewer
 * places with probability 2·10⁻⁹). So a bucket is streamed front to back and only true matches cost
 * a random read of the hash store, once each however many tables find them ({@link SeenEntries}).
 *
 * <p>Trade-off: 320 bytes per hash (16 tables × 20 bytes), against 64–90 bytes in
 * {@link IndirectTables}, for several times fewer cache misses per query; the builder uses it when
 * it fits the memory budget. The bucket bounds (256 KB per table) stay in cache.
 */
final class SketchedTables implements ProbeTables {

    static final int CHUNKS = 16;
    /** A posting streamed and compared with the sketch; and a scanned entry, for comparison. */
    private static final double STREAMED = 0.03;

    private final HashStore store;
    private final ChunkLayout layout = ChunkLayout.split(CHUNKS);
    private final int[][] bucketStart = new int[CHUNKS][];
    /** Per table, two longs per posting. */
    private final long[][] sketches = new long[CHUNKS][];
    private final int[][] entries = new int[CHUNKS][];

    SketchedTables(HashStore store) {
        this.store = store;
        for (int t = 0; t < CHUNKS; t++) {
            ChunkTable table = ChunkTable.build(store, layout, t);
            bucketStart[t] = table.bucketStart;
            entries[t] = table.entries;
            int a = firstSketchWord(t);
            long[] sketch = new long[2 * store.size];
            for (int p = 0; p < store.size; p++) {
                int b = table.entries[p] * 4;
                sketch[2 * p] = store.words[b + a];
                sketch[2 * p + 1] = store.words[b + a + 1];
            }
            sketches[t] = sketch;
        }
    }

    /** Estimated bytes for n hashes. */
    static long bytesFor(long n) {
        return n * CHUNKS * 20L + CHUNKS * ((1L << 16) + 1) * 4;
    }

    /** Chunk t lies in word t / 4; the sketch is the other half of the hash, words (a, a + 1). */
    private static int firstSketchWord(int t) {
        return (t >>> 2) < 2 ? 2 : 0;
    }

    @Override
    public ChunkLayout layout() {
        return layout;
    }

    /**
     * A candidate costs its streaming, plus, when its sketch is close enough to pass, a random read
     * of the store: rare at radius 31, but at radius 64 half of all unrelated hashes pass.
     */
    @Override
    public ProbeCosts costs(int radius) {
        return new ProbeCosts(1.0, STREAMED + sketchPassRate(radius), STREAMED);
    }

    /** P(two random 128-bit strings differ in at most {@code radius} places). */
    static double sketchPassRate(int radius) {
        double term = Math.pow(0.5, 128);   // C(128, 0) / 2^128
        double sum = 0;
        for (int k = 0; k <= Math.min(radius, 128); k++) {
            sum += term;
            term = term * (128 - k) / (k + 1);
        }
        return Math.min(1, sum);
    }

    @Override
    public long bytes() {
        long bytes = 0;
        for (int t = 0; t < CHUNKS; t++) {
            bytes += bucketStart[t].length * 4L + sketches[t].length * 8L + entries[t].length * 4L;
        }
        return bytes;
    }

    @Override
    public void search(long[] q, int variant, SearchPlan plan, int qualityFloor, MatchCollector out) {
        SeenEntries seen = ProbeScratch.seen();
        int[][] masks = plan.masks(layout);
        for (int t = 0; t < CHUNKS; t++) {
            if (plan.threshold[t] < 0) {
                continue;
            }
            int key = layout.bits(q[0], q[1], q[2], q[3], t);
            MemoryTouch.buckets(sketches[t], bucketStart[t], key, masks[t]);
            int a = firstSketchWord(t);
            long qa = q[a];
            long qb = q[a + 1];
            int[] start = bucketStart[t];
            long[] sketch = sketches[t];
            for (int mask : masks[t]) {
                int k = key ^ mask;
                int limit = plan.radius - Integer.bitCount(mask);
                for (int p = start[k], end = start[k + 1]; p < end; p++) {
                    int lowerBound = Long.bitCount(sketch[2 * p] ^ qa) + Long.bitCount(sketch[2 * p + 1] ^ qb);
                    if (lowerBound <= limit && seen.add(entries[t][p])) {
                        check(entries[t][p], q, variant, plan, qualityFloor, out);
                    }
                }
            }
        }
        seen.clear();
    }

    /** The full comparison, once per entry whose sketch is close enough. */
    private void check(int e, long[] q, int variant, SearchPlan plan, int qualityFloor, MatchCollector out) {
        long[] w = store.words;
        int b = e * 4;
        int d = Long.bitCount(w[b] ^ q[0]) + Long.bitCount(w[b + 1] ^ q[1])
                + Long.bitCount(w[b + 2] ^ q[2]) + Long.bitCount(w[b + 3] ^ q[3]);
        if (d <= plan.radius && store.quality[e] >= qualityFloor) {
            out.add(e, d, variant);
        }
    }
}
