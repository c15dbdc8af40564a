package org.hifazat.pdq.index;

/**
 * Compares the query with every entry. The loop reads the flat word array front to back, so the
 * hardware prefetcher keeps it streaming: 32 bytes and four popcounts per entry, about a nanosecond.
 * It wins over multi-index probing for large radii, where the probes would touch most entries
 * anyway, and for small indexes.
 *
 * <p>The Vector API was not used: it is an incubator module, which needs {@code --add-modules}
 * on the command line, and an executable jar or an application cannot declare that for itself.
 */
final class LinearScan {

    private LinearScan() {
    }

    /**
     * @param queries  the query hashes, 4 words each
     * @param variants the {@code Dihedral} ordinal of each query hash
     */
    static void search(HashStore store, long[][] queries, int[] variants, int radius, int qualityFloor,
                       MatchCollector out) {
        long[] w = store.words;
        byte[] quality = store.quality;
        int n = store.size;
        for (int v = 0; v < queries.length; v++) {
            long q0 = queries[v][0];
            long q1 = queries[v][1];
            long q2 = queries[v][2];
            long q3 = queries[v][3];
            for (int e = 0, b = 0; e < n; e++, b += 4) {
                int d = Long.bitCount(w[b] ^ q0) + Long.bitCount(w[b + 1] ^ q1)
                        + Long.bitCount(w[b + 2] ^ q2) + Long.bitCount(w[b + 3] ^ q3);
                if (d <= radius && quality[e] >= qualityFloor) {
                    out.add(e, d, variants[v]);
                }
            }
        }
    }
}
