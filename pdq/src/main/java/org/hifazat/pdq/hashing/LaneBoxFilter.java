package org.hifazat.pdq.hashing;

import java.util.Arrays;

/**
 * PDQ's box filter (one pass of the Jarosz tent filter), run over many independent lines at once.
 *
 * <p>Layout: {@code in[p][l]} is sample {@code p} of lane {@code l}; each lane is one line of the
 * image (a row or a column) and all lanes advance together, one position per step.
 *
 * <p>Invariant: for every lane the float operations are exactly those of the reference running sum
 * (add the entering sample, then subtract the leaving one, then divide by the number of samples in
 * the window), in the same order, so the result is bit-identical to Meta's implementation. Only the
 * order across lanes differs, which turns the inner loops into loops over whole arrays that C2
 * compiles to SIMD instructions. Each position is its own array on purpose: with offsets into one
 * big array C2 (JDK 25) cannot rule out aliasing and leaves the loops scalar, 5–10 times slower.
 * Trade-off: the image must be laid out lane-contiguously, which costs a transposition between the
 * horizontal and the vertical passes (see {@link TransposingBand}).
 */
final class LaneBoxFilter {

    private LaneBoxFilter() {
    }

    /**
     * Filters {@code length} positions of {@code lanes} lanes with the given window.
     *
     * @param sums scratch of at least {@code lanes} floats
     */
    static void run(float[][] in, int lanes, int length, int window, float[] sums, AverageSink sink) {
        int half = (window + 2) / 2;
        int lead = half - 1;             // samples summed before the first output
        int growEnd = window - half;     // last output while the window still grows
        int slideEnd = length - half;    // last output while the window slides at full size
        Arrays.fill(sums, 0, lanes, 0f);
        for (int p = 0; p < lead; p++) {
            add(sums, in[p], lanes);
        }
        for (int o = 0; o < length; o++) {
            float[] out = sink.target(o);
            if (o <= growEnd) {
                float[] entering = in[o + lead];
                if (out != null) {
                    addAndAverage(sums, entering, out, lanes, o + half);
                } else {
                    add(sums, entering, lanes);
                }
            } else if (o <= slideEnd) {
                float[] entering = in[o + lead];
                float[] leaving = in[o - growEnd - 1];
                if (out != null) {
                    slideAndAverage(sums, entering, leaving, out, lanes, window);
                } else {
                    slide(sums, entering, leaving, lanes);
                }
            } else {
                float[] leaving = in[o - growEnd - 1];
                if (out != null) {
                    dropAndAverage(sums, leaving, out, lanes, window - (o - slideEnd));
                } else {
                    drop(sums, leaving, lanes);
                }
            }
            if (out != null) {
                sink.written(o);
            }
        }
    }

    private static void add(float[] sums, float[] entering, int lanes) {
        for (int l = 0; l < lanes; l++) {
            sums[l] += entering[l];
        }
    }

    private static void addAndAverage(float[] sums, float[] entering, float[] out, int lanes, int count) {
        float n = count;
        for (int l = 0; l < lanes; l++) {
            float s = sums[l] + entering[l];
            sums[l] = s;
            out[l] = s / n;
        }
    }

    private static void slide(float[] sums, float[] entering, float[] leaving, int lanes) {
        for (int l = 0; l < lanes; l++) {
            sums[l] = (sums[l] + entering[l]) - leaving[l];
        }
    }

    private static void slideAndAverage(float[] sums, float[] entering, float[] leaving, float[] out,
                                        int lanes, int count) {
        float n = count;
        for (int l = 0; l < lanes; l++) {
            float s = (sums[l] + entering[l]) - leaving[l];
            sums[l] = s;
            out[l] = s / n;
        }
    }

    private static void drop(float[] sums, float[] leaving, int lanes) {
        for (int l = 0; l < lanes; l++) {
            sums[l] -= leaving[l];
        }
    }

    private static void dropAndAverage(float[] sums, float[] leaving, float[] out, int lanes, int count) {
        float n = count;
        for (int l = 0; l < lanes; l++) {
            float s = sums[l] - leaving[l];
            sums[l] = s;
            out[l] = s / n;
        }
    }
}
