package org.hifazat.pdq.hashing;

/**
 * PDQ's blur and decimation: two rounds of a horizontal then a vertical box filter (a tent filter),
 * then one sample at the centre of each of 64×64 cells.
 *
 * <p>The passes alternate between column arrays and row arrays so that each runs lane-parallel in
 * {@link LaneBoxFilter}; each pass writes its output already transposed for the next. The last
 * horizontal pass divides only at the 64 sampled columns and the last vertical pass works on those
 * 64 columns only: the decimation needs nothing else, and the running sums still see every pixel,
 * so the sampled values are bit-identical to blurring the whole image.
 */
final class TentDownsampler {

    private TentDownsampler() {
    }

    /**
     * Blurs and decimates luma into {@code ws.decimated} (64 rows of 64).
     *
     * @param luma          {@code luma[c][r]} is pixel (r, c)
     * @param lumaIsScratch whether {@code luma} may be overwritten; saves a second full-size plane
     */
    static void blurAndDecimate(float[][] luma, int rows, int cols, boolean lumaIsScratch, Workspace ws) {
        int windowAlongRows = (cols + 127) / 128;
        int windowAlongCols = (rows + 127) / 128;
        float[][] columnPlane = lumaIsScratch ? luma : ws.columnPlane(rows, cols);

        // Along each row; the lanes are the rows, and luma comes as columns.
        LaneBoxFilter.run(luma, rows, cols, windowAlongRows, ws.sums,
                new TransposingBand(ws.band, rows, cols, ws.rowPlane));
        // Along each column; the lanes are the columns.
        LaneBoxFilter.run(ws.rowPlane, cols, rows, windowAlongCols, ws.sums,
                new TransposingBand(ws.band, cols, rows, columnPlane));
        // Along each row again, keeping only the 64 sampled columns.
        LaneBoxFilter.run(columnPlane, rows, cols, windowAlongRows, ws.sums,
                new DecimatingSink(Decimation.sourceIndices(cols), ws.columns, rows));
        Transposition.transpose(ws.columns, Decimation.SIDE, rows, ws.columnsByRow);
        // Along those 64 columns, keeping only the 64 sampled rows.
        LaneBoxFilter.run(ws.columnsByRow, Decimation.SIDE, rows, windowAlongCols, ws.sums,
                new DecimatingSink(Decimation.sourceIndices(rows), ws.decimated, Decimation.SIDE));
    }

    /** Copies a 64×64 image as it is: PDQ does not blur an image that is already 64×64. */
    static void copyWithoutBlur(float[][] luma, Workspace ws) {
        Transposition.transpose(luma, Decimation.SIDE, Decimation.SIDE, ws.decimated);
    }
}
