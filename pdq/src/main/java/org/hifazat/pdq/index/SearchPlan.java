package org.hifazat.pdq.index;

import java.util.Arrays;

/**
 * How to answer a query of a given radius: per chunk, the distance up to which its table is
 * probed (-1: not probed), or a linear scan when that is expected to be cheaper.
 *
 * <p>Correctness (generalised pigeonhole): if the thresholds satisfy
 * {@code Σ (threshold[t] + 1) ≥ radius + 1}, every hash within the radius is within
 * {@code threshold[t]} of the query in at least one chunk t, because otherwise its distance would be
 * at least {@code Σ (threshold[t] + 1) > radius}. With 16 chunks and radius 31 that is distance 1
 * in every chunk; radius 15 gives 0; small radii leave some tables unprobed.
 *
 * <p>The thresholds are handed out one unit at a time to the chunk where the next unit adds the
 * least expected cost (probes and candidates, weighted by the layout's {@link ProbeCosts}), which is
 * optimal because that cost grows with the threshold.
 */
final class SearchPlan {

    final int radius;
    /** Per chunk; valid only if {@link #probeable}. */
    final int[] threshold;
    /** Whether the chunks are wide enough for the pigeonhole argument at this radius. */
    final boolean probeable;
    /** Whether a scan is expected to be cheaper (always, if not probeable). */
    final boolean scan;
    final double expectedProbes;
    final double expectedCandidates;
    /** Per chunk, every key offset to probe; built on first use, as large radii never need it. */
    private volatile int[][] masks;

    private SearchPlan(int radius, int[] threshold, boolean probeable, boolean scan, double probes,
                       double candidates) {
        this.radius = radius;
        this.threshold = threshold;
        this.probeable = probeable;
        this.scan = scan;
        this.expectedProbes = probes;
        this.expectedCandidates = candidates;
    }

    /**
     * For each chunk, the XOR masks of all keys within its threshold of the query's chunk: every
     * mask of its width with at most {@code threshold} bits set.
     */
    int[][] masks(ChunkLayout layout) {
        int[][] m = masks;
        if (m == null) {
            m = new int[threshold.length][];
            for (int t = 0; t < threshold.length; t++) {
                m[t] = masksUpTo(layout.width[t], threshold[t]);
            }
            masks = m;
        }
        return m;
    }

    private static int[] masksUpTo(int width, int maxBits) {
        int count = 0;
        for (int k = 0; k <= maxBits; k++) {
            count += (int) binomial(width, k);
        }
        int[] out = new int[Math.max(count, 0)];
        int n = 0;
        for (int k = 0; k <= maxBits; k++) {
            if (k == 0) {
                out[n++] = 0;
                continue;
            }
            // Gosper's hack: every width-bit mask with k bits set, in increasing order.
            for (int mask = (1 << k) - 1; mask < (1 << width); ) {
                out[n++] = mask;
                int lowest = mask & -mask;
                int ripple = mask + lowest;
                mask = (((ripple ^ mask) >>> 2) / lowest) | ripple;
            }
        }
        return out;
    }

    /** Whether no chunk before {@code t} is within its threshold for the XOR x of query and entry. */
    boolean firstTableFinding(ChunkLayout layout, long x0, long x1, long x2, long x3, int t) {
        for (int u = 0; u < t; u++) {
            if (threshold[u] >= 0 && Integer.bitCount(layout.bits(x0, x1, x2, x3, u)) <= threshold[u]) {
                return false;
            }
        }
        return true;
    }

    static SearchPlan forRadius(int radius, ChunkLayout layout, int size, ProbeCosts costs) {
        int[] threshold = new int[layout.count];
        Arrays.fill(threshold, -1);
        for (int unit = 0; unit <= radius; unit++) {
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int t = 0; t < layout.count; t++) {
                if (threshold[t] + 1 > layout.width[t]) {
                    continue;
                }
                double cost = lookups(layout.width[t], threshold[t] + 1, size, costs);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = t;
                }
            }
            if (best < 0) {
                return new SearchPlan(radius, threshold, false, true, 0, 0);
            }
            threshold[best]++;
        }
        double probes = 0;
        double candidates = 0;
        for (int t = 0; t < layout.count; t++) {
            for (int k = 0; k <= threshold[t]; k++) {
                double p = binomial(layout.width[t], k);
                probes += p;
                candidates += p * size / Math.pow(2, layout.width[t]);
            }
        }
        boolean scan = probes * costs.perProbe() + candidates * costs.perCandidate()
                > size * costs.perScannedEntry();
        return new SearchPlan(radius, threshold, true, scan, probes, candidates);
    }

    /** Expected lookups added by probing all keys at exactly distance k in a chunk of the width. */
    private static double lookups(int width, int k, int size, ProbeCosts costs) {
        double probes = binomial(width, k);
        return probes * costs.perProbe() + probes * size / Math.pow(2, width) * costs.perCandidate();
    }

    static double binomial(int n, int k) {
        double c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c;
    }
}
