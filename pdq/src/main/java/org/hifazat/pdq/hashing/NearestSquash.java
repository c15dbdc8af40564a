package org.hifazat.pdq.hashing;

/**
 * The pre-resize of Meta's C++ command-line tool (CImg's nearest-neighbour resize): any image
 * wider or taller than 512 becomes exactly 512×512, output pixel {@code x} taking source pixel
 * {@code floor(x · sourceLength / 512)} along each axis.
 */
final class NearestSquash {

    static final int SIDE = 512;

    private NearestSquash() {
    }

    static boolean applies(int rows, int cols) {
        return rows > SIDE || cols > SIDE;
    }

    /** @return the 512×512 squash of luma given as columns ({@code luma[c][r]}), also as columns */
    static float[][] squash(float[][] luma, int rows, int cols) {
        int[] sourceRow = sourceIndices(rows);
        int[] sourceCol = sourceIndices(cols);
        float[][] out = new float[SIDE][SIDE];
        for (int c = 0; c < SIDE; c++) {
            float[] from = luma[sourceCol[c]];
            float[] to = out[c];
            for (int r = 0; r < SIDE; r++) {
                to[r] = from[sourceRow[r]];
            }
        }
        return out;
    }

    private static int[] sourceIndices(int length) {
        int[] index = new int[SIDE];
        for (int x = 0; x < SIDE; x++) {
            index[x] = (int) ((long) x * length / SIDE);
        }
        return index;
    }
}
