package org.hifazat.pdq.hashing;

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

    /** D, 16 rows of 64. */
    private static final float[][] D = new float[16][64];
    /** Dᵀ, 64 rows of 16. */
    private static final float[][] D_TRANSPOSED = new float[64][16];

    static {
        float scale = (float) Math.sqrt(2.0 / 64.0);
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 64; j++) {
                float v = (float) (scale * Math.cos((Math.PI / 2 / 64.0) * (i + 1) * (2 * j + 1)));
                D[i][j] = v;
                D_TRANSPOSED[j][i] = v;
            }
        }
    }

    private Dct16() {
    }

    /**
     * @param a    64 rows of 64
     * @param temp 16 rows of 64, scratch
     * @param out  16 rows of 16: {@code out[i][j]} is coefficient (i + 1, j + 1)
     */
    static void transform(float[][] a, float[][] temp, float[][] out) {
        for (int i = 0; i < 16; i++) {
            float[] t = temp[i];
            float[] d = D[i];
            Arrays.fill(t, 0f);
            for (int k = 0; k < 64; k++) {
                float dk = d[k];
                float[] ak = a[k];
                for (int j = 0; j < 64; j++) {
                    t[j] += dk * ak[j];
                }
            }
        }
        for (int i = 0; i < 16; i++) {
            float[] o = out[i];
            float[] t = temp[i];
            Arrays.fill(o, 0f);
            for (int k = 0; k < 64; k++) {
                float tk = t[k];
                float[] dk = D_TRANSPOSED[k];
                for (int j = 0; j < 16; j++) {
                    o[j] += tk * dk[j];
                }
            }
        }
    }
}
