package org.hifazat.pdq.hashing;

/** The luma PDQ hashes: Rec. 601 weights in 32-bit float, no gamma, alpha ignored. */
final class Luma {

    // Rounded from the double literals, as the reference's `const float c = 0.299;` does.
    private static final float R = (float) 0.299;
    private static final float G = (float) 0.587;
    private static final float B = (float) 0.114;

    /**
     * {@code R * v} etc. for every 8-bit v. A table entry is the very float the multiplication
     * gives, so summing table entries is bit-identical to {@link #of}, and saves the int-to-float
     * conversions and multiplications in the per-pixel loops.
     */
    static final float[] RED = table(R);
    static final float[] GREEN = table(G);
    static final float[] BLUE = table(B);

    private Luma() {
    }

    /** The luma of 8-bit red, green and blue, evaluated in the reference's order. */
    static float of(int red, int green, int blue) {
        return R * red + G * green + B * blue;
    }

    private static float[] table(float weight) {
        float[] t = new float[256];
        for (int v = 0; v < 256; v++) {
            t[v] = weight * v;
        }
        return t;
    }
}
