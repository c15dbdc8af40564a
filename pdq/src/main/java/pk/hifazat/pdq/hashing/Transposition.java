package pk.hifazat.pdq.hashing;

/**
 * Moves a narrow band of lines into the transposed layout. The band is at most
 * {@link #BAND} lines, so the lines it reads stay in the L1 cache while each destination line gets
 * a short contiguous run: this keeps a transposition of a whole image near memory speed without
 * ever holding a second full-size copy for the purpose.
 */
final class Transposition {

    /** Lines per band: 16 floats is one 64-byte cache line of destination per lane. */
    static final int BAND = 16;

    private Transposition() {
    }

    /**
     * For {@code q < count} and {@code l < lanes}: {@code dst[l * dstStride + dstOffset + q] =
     * src[q * lanes + l]}.
     */
    static void transposeInto(float[] src, int lanes, int count, float[] dst, int dstStride, int dstOffset) {
        for (int l = 0; l < lanes; l++) {
            int to = l * dstStride + dstOffset;
            for (int q = 0; q < count; q++) {
                dst[to + q] = src[q * lanes + l];
            }
        }
    }
}
