package pk.hifazat.pdq.hashing;

import java.util.Arrays;

/**
 * PDQ's box filter (one pass of the Jarosz tent filter), run over many independent lines at once.
 *
 * <p>Layout: sample {@code p} of lane {@code l} is at {@code in[p * lanes + l]}; each lane is one
 * line of the image (a row or a column) and all lanes advance together, one position per step.
 *
 * <p>Invariant: for every lane the float operations are exactly those of the reference running sum
 * (add the entering sample, then subtract the leaving one, then divide by the number of samples in
 * the window), in the same order, so the result is bit-identical to Meta's implementation. Only the
 * order across lanes differs, which turns the inner loops into straight array loops the JIT
 * compiles to SIMD instructions. Trade-off: the image has to be laid out with the lanes contiguous,
 * which costs a transposition between the horizontal and the vertical passes.
 */
final class LaneBoxFilter {

    private LaneBoxFilter() {
    }

    /**
     * Filters {@code length} positions of {@code lanes} lanes with the given window.
     *
     * @param sums scratch of at least {@code lanes} floats
     */
    static void run(float[] in, int lanes, int length, int window, float[] sums, AverageSink sink) {
        int half = (window + 2) / 2;
        int lead = half - 1;             // samples summed before the first output
        int growEnd = window - half;     // last output while the window still grows
        int slideEnd = length - half;    // last output while the window slides at full size
        Arrays.fill(sums, 0, lanes, 0f);
        for (int p = 0; p < lead; p++) {
            add(sums, in, p * lanes, lanes);
        }
        float[] out = sink.target();
        for (int o = 0; o < length; o++) {
            int dst = sink.offsetOf(o);
            if (o <= growEnd) {
                int entering = (o + lead) * lanes;
                if (dst >= 0) {
                    addAndAverage(sums, in, entering, out, dst, lanes, o + half);
                } else {
                    add(sums, in, entering, lanes);
                }
            } else if (o <= slideEnd) {
                int entering = (o + lead) * lanes;
                int leaving = (o - growEnd - 1) * lanes;
                if (dst >= 0) {
                    slideAndAverage(sums, in, entering, leaving, out, dst, lanes, window);
                } else {
                    slide(sums, in, entering, leaving, lanes);
                }
            } else {
                int leaving = (o - growEnd - 1) * lanes;
                int count = window - (o - slideEnd);
                if (dst >= 0) {
                    dropAndAverage(sums, in, leaving, out, dst, lanes, count);
                } else {
                    drop(sums, in, leaving, lanes);
                }
            }
            if (dst >= 0) {
                sink.written(o);
            }
        }
    }

    private static void add(float[] sums, float[] in, int from, int lanes) {
        for (int l = 0; l < lanes; l++) {
            sums[l] += in[from + l];
        }
    }

    private static void addAndAverage(float[] sums, float[] in, int from, float[] out, int to,
                                      int lanes, int count) {
        float n = count;
        for (int l = 0; l < lanes; l++) {
            float s = sums[l] + in[from + l];
            sums[l] = s;
            out[to + l] = s / n;
        }
    }

    private static void slide(float[] sums, float[] in, int entering, int leaving, int lanes) {
        for (int l = 0; l < lanes; l++) {
            sums[l] = (sums[l] + in[entering + l]) - in[leaving + l];
        }
    }

    private static void slideAndAverage(float[] sums, float[] in, int entering, int leaving,
                                        float[] out, int to, int lanes, int count) {
        float n = count;
        for (int l = 0; l < lanes; l++) {
            float s = (sums[l] + in[entering + l]) - in[leaving + l];
            sums[l] = s;
            out[to + l] = s / n;
        }
    }

    private static void drop(float[] sums, float[] in, int leaving, int lanes) {
        for (int l = 0; l < lanes; l++) {
            sums[l] -= in[leaving + l];
        }
    }

    private static void dropAndAverage(float[] sums, float[] in, int leaving, float[] out, int to,
                                       int lanes, int count) {
        float n = count;
        for (int l = 0; l < lanes; l++) {
            float s = sums[l] - in[leaving + l];
            sums[l] = s;
            out[to + l] = s / n;
        }
    }
}
