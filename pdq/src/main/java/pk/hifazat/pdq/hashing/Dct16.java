package pk.hifazat.pdq.hashing;

import java.util.Arrays;

/**
 * The part of the 64×64 two-dimensional DCT that PDQ keeps: frequencies 1–16 in each direction,
 * as {@code B = D · A · Dᵀ} with the 16×64 matrix {@code D}.
 *
 * <p>Invariant: every output is accumulated in float, term k = 0..63 in order, as in the reference,
 * so the result is bit-identical. The loops are arranged so the innermost one runs over independent
 * outputs (64, then 16, of them) and vectorises; the order of terms within each sum is unchanged.
 */
final class Dct16 {

    /** D, 16×64 row-major. */
    private static final float[] D = new float[16 * 64];
    /** Dᵀ, 64×16 row-major. */
    private static final float[] D_TRANSPOSED = new float[64 * 16];

    static {
        float scale = (float) Math.sqrt(2.0 / 64.0);
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 64; j++) {
                float v = (float) (scale * Math.cos((Math.PI / 2 / 64.0) * (i + 1) * (2 * j + 1)));
                D[i * 64 + j] = v;
                D_TRANSPOSED[j * 16 + i] = v;
            }
        }
    }

    private Dct16() {
    }

    /**
     * @param a    64×64, row-major
     * @param temp 16×64 scratch
     * @param out  16×16, row-major: out[i * 16 + j] is coefficient (i + 1, j + 1)
     */
    static void transform(float[] a, float[] temp, float[] out) {
        Arrays.fill(temp, 0f);
        for (int i = 0; i < 16; i++) {
            int row = i * 64;
            for (int k = 0; k < 64; k++) {
                float d = D[row + k];
                int from = k * 64;
                for (int j = 0; j < 64; j++) {
                    temp[row + j] += d * a[from + j];
                }
            }
        }
        Arrays.fill(out, 0f);
        for (int i = 0; i < 16; i++) {
            for (int k = 0; k < 64; k++) {
                float t = temp[i * 64 + k];
                int from = k * 16;
                for (int j = 0; j < 16; j++) {
                    out[i * 16 + j] += t * D_TRANSPOSED[from + j];
                }
            }
        }
    }
}
