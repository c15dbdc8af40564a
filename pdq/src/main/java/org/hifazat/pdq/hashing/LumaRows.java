package org.hifazat.pdq.hashing;

/** A source of luma, one image row at a time. */
interface LumaRows {

    /** Writes the luma of row {@code row}, one float per column, into {@code dst}. */
    void read(int row, float[] dst);

    /**
     * Fills columns ({@code dst[c][r]} is pixel (r, c)) from rows, a band of rows at a time so
     * that both sides of the transposition stay in cache.
     */
    static void fillColumns(LumaRows source, int rows, int cols, float[][] dst) {
        float[][] band = new float[Transposition.BAND][cols];
        for (int start = 0; start < rows; start += Transposition.BAND) {
            int count = Math.min(Transposition.BAND, rows - start);
            for (int q = 0; q < count; q++) {
                source.read(start + q, band[q]);
            }
            Transposition.transposeInto(band, 0, count, cols, dst, start);
        }
    }
}
