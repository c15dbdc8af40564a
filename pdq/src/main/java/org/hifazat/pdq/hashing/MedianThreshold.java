package org.hifazat.pdq.hashing;

import java.util.Arrays;
import org.hifazat.pdq.PdqHash;

/**
 * Turns the 16×16 DCT coefficients into bits: bit {@code 16i + j} is set where coefficient (i, j)
 * exceeds the lower median (the 128th smallest value), which is what the reference's Torben
 * selection returns. Sorting 256 floats gives the same value and is simpler to trust.
 */
final class MedianThreshold {

    private MedianThreshold() {
    }

    /**
     * @param coefficients 16 rows of 16
     * @param scratch      256 floats
     */
    static PdqHash bits(float[][] coefficients, float[] scratch) {
        for (int i = 0; i < 16; i++) {
            System.arraycopy(coefficients[i], 0, scratch, i * 16, 16);
        }
        Arrays.sort(scratch, 0, 256);
        float median = scratch[127];
        long[] words = new long[4];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                if (coefficients[i][j] > median) {
                    int k = i * 16 + j;
                    words[k >>> 6] |= 1L << (k & 63);
                }
            }
        }
        return PdqHash.of(words[0], words[1], words[2], words[3]);
    }
}
