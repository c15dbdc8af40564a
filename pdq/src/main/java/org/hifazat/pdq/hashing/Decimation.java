package org.hifazat.pdq.hashing;

/** Which source pixels PDQ's 64×64 decimation samples: the centres of 64 equal strips. */
final class Decimation {

    /** Side of the decimated image. */
    static final int SIDE = 64;

    private Decimation() {
    }

    /** For each of the 64 outputs, the source index {@code floor((k + 0.5) * length / 64)}. */
    static int[] sourceIndices(int length) {
        int[] index = new int[SIDE];
        for (int k = 0; k < SIDE; k++) {
            // Computed in double like the reference, so that rounding matches at exact multiples.
            index[k] = (int) (((k + 0.5) * length) / SIDE);
        }
        return index;
    }
}
