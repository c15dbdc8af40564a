package org.hifazat.pdq.hashing;

/**
 * Moves a narrow band of lines into the transposed layout. The band is at most {@link #BAND}
 * lines, so the lines it reads stay in the L1 cache while each destination line receives one short
 * contiguous run: a whole image is transposed band by band at close to memory speed, and no second
 * full-size copy is ever needed for it.
 */
final class Transposition {

    /** Lines per band: 16 floats is one 64-byte cache line of each destination line. */
    static final int BAND = 16;

    private Transposition() {
    }

    /**
     * For {@code q < count} (at most {@link #BAND}) and {@code l < lanes}:
     * {@code dst[l][dstOffset + q] = src[from + q][l]}.
     */
    static void transposeInto(float[][] src, int from, int count, int lanes, float[][] dst, int dstOffset) {
        if (count == BAND) {
            transposeFullBand(src, from, lanes, dst, dstOffset);
            return;
        }
        for (int l = 0; l < lanes; l++) {
            float[] d = dst[l];
            for (int q = 0; q < count; q++) {
                d[dstOffset + q] = src[from + q][l];
            }
        }
    }

    /** {@code dst[l][q] = src[q][l]} for {@code q < count}, {@code l < lanes}, band by band. */
    static void transpose(float[][] src, int count, int lanes, float[][] dst) {
        for (int start = 0; start < count; start += BAND) {
            transposeInto(src, start, Math.min(BAND, count - start), lanes, dst, start);
        }
    }

    /** The common case, unrolled so the sixteen source lines stay in registers. */
    private static void transposeFullBand(float[][] src, int f, int lanes, float[][] dst, int o) {
        float[] s0 = src[f], s1 = src[f + 1], s2 = src[f + 2], s3 = src[f + 3];
        float[] s4 = src[f + 4], s5 = src[f + 5], s6 = src[f + 6], s7 = src[f + 7];
        float[] s8 = src[f + 8], s9 = src[f + 9], s10 = src[f + 10], s11 = src[f + 11];
        float[] s12 = src[f + 12], s13 = src[f + 13], s14 = src[f + 14], s15 = src[f + 15];
        for (int l = 0; l < lanes; l++) {
            float[] d = dst[l];
            d[o] = s0[l];
            d[o + 1] = s1[l];
            d[o + 2] = s2[l];
            d[o + 3] = s3[l];
            d[o + 4] = s4[l];
            d[o + 5] = s5[l];
            d[o + 6] = s6[l];
            d[o + 7] = s7[l];
            d[o + 8] = s8[l];
            d[o + 9] = s9[l];
            d[o + 10] = s10[l];
            d[o + 11] = s11[l];
            d[o + 12] = s12[l];
            d[o + 13] = s13[l];
            d[o + 14] = s14[l];
            d[o + 15] = s15[l];
        }
    }
}
