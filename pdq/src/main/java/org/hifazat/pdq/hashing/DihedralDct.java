package org.hifazat.pdq.hashing;

import org.hifazat.pdq.Dihedral;

/**
 * The DCT coefficients of a rotated or flipped image, derived from those of the original: a
 * mirror negates the odd frequencies along its axis, a quarter turn also swaps the axes.
 */
final class DihedralDct {

    private DihedralDct() {
    }

    /**
     * @param in  16×16 coefficients of the original
     * @param out 16×16 coefficients of {@code variant}
     */
    static void apply(Dihedral variant, float[][] in, float[][] out) {
        for (int i = 0; i < 16; i++) {
            boolean iOdd = (i & 1) != 0;
            for (int j = 0; j < 16; j++) {
                float v = in[i][j];
                boolean jOdd = (j & 1) != 0;
                switch (variant) {
                    case ORIGINAL -> out[i][j] = v;
                    case ROTATE_90 -> out[j][i] = jOdd ? v : -v;
                    case ROTATE_180 -> out[i][j] = iOdd != jOdd ? -v : v;
                    case ROTATE_270 -> out[j][i] = iOdd ? v : -v;
                    case FLIP_X -> out[i][j] = iOdd ? v : -v;
                    case FLIP_Y -> out[i][j] = jOdd ? v : -v;
                    case FLIP_PLUS_1 -> out[j][i] = v;
                    case FLIP_MINUS_1 -> out[j][i] = iOdd != jOdd ? -v : v;
                }
            }
        }
    }
}
