package pk.hifazat.pdq.hashing;

/** The luma PDQ hashes: Rec. 601 weights in 32-bit float, no gamma, alpha ignored. */
final class Luma {

    // Rounded from the double literals, as the reference's `const float c = 0.299;` does.
    private static final float R = (float) 0.299;
    private static final float G = (float) 0.587;
    private static final float B = (float) 0.114;

    private Luma() {
    }

    /** The luma of 8-bit red, green and blue, evaluated in the reference's order. */
    static float of(int red, int green, int blue) {
        return R * red + G * green + B * blue;
    }
}
