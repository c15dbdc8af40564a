package pk.hifazat.pdq.hashing;

import java.util.Arrays;
import pk.hifazat.pdq.PdqHash;

/**
 * Turns the 16×16 DCT coefficients into bits: bit {@code 16i + j} is set where coefficient (i, j)
 * exceeds the lower median (the 128th smallest value), which is what the reference's Torben
 * selection returns. Sorting 256 floats gives the same value and is simpler to trust.
 */
final class MedianThreshold {

    private MedianThreshold() {
    }

    /**
     * @param coefficients 16×16, row-major
     * @param scratch      256 floats
     */
    static PdqHash bits(float[] coefficients, float[] scratch) {
        System.arraycopy(coefficients, 0, scratch, 0, 256);
        Arrays.sort(scratch, 0, 256);
        float median = scratch[127];
        long[] words = new long[4];
        for (int k = 0; k < 256; k++) {
            if (coefficients[k] > median) {
                words[k >>> 6] |= 1L << (k & 63);
            }
        }
        return PdqHash.of(words[0], words[1], words[2], words[3]);
    }
}
