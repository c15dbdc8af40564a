package pk.hifazat.pdq.hashing;

/**
 * PDQ's blur and decimation: two rounds of a horizontal then a vertical box filter (a tent filter),
 * then one sample at the centre of each of 64×64 cells.
 *
 * <p>The four passes alternate between a column-major and a row-major layout so that each runs
 * lane-parallel in {@link LaneBoxFilter}; each pass writes its output already transposed for the next.
 * The last horizontal pass divides only at the 64 sampled columns and the last vertical pass works
 * on those 64 columns only: the decimation needs nothing else, and the running sums still see every
 * pixel, so the sampled values are bit-identical to blurring the whole image.
 */
final class TentDownsampler {

    private TentDownsampler() {
    }

    /**
     * Blurs and decimates a column-major luma plane into {@code ws.decimated} (64×64, row-major).
     *
     * @param luma        rows × cols, column-major (pixel (r, c) at {@code c * rows + r})
     * @param lumaIsScratch whether {@code luma} may be overwritten; saves a second full-size plane
     */
    static void blurAndDecimate(float[] luma, int rows, int cols, boolean lumaIsScratch, Workspace ws) {
        int pixels = rows * cols;
        int windowAlongRows = (cols + 127) / 128;
        int windowAlongCols = (rows + 127) / 128;
        float[] rowMajor = ws.planeA;
        float[] columnMajor = lumaIsScratch ? luma : ws.planeB(pixels);

        // Along each row; lanes are the rows, contiguous in the column-major input.
        LaneBoxFilter.run(luma, rows, cols, windowAlongRows, ws.sums,
                new TransposingBand(ws.band, rows, cols, rowMajor, cols));
        // Along each column; lanes are the columns, contiguous in the row-major plane.
        LaneBoxFilter.run(rowMajor, cols, rows, windowAlongCols, ws.sums,
                new TransposingBand(ws.band, cols, rows, columnMajor, rows));
        // Along each row again, keeping the 64 sampled columns (64 × rows).
        LaneBoxFilter.run(columnMajor, rows, cols, windowAlongRows, ws.sums,
                new DecimatingSink(Decimation.sourceIndices(cols), ws.columns, rows));
        Transposition.transposeInto(ws.columns, rows, Decimation.SIDE, ws.columnsByRow, Decimation.SIDE, 0);
        // Along those 64 columns, keeping the 64 sampled rows.
        LaneBoxFilter.run(ws.columnsByRow, Decimation.SIDE, rows, windowAlongCols, ws.sums,
                new DecimatingSink(Decimation.sourceIndices(rows), ws.decimated, Decimation.SIDE));
    }

    /** Copies a 64×64 column-major plane as it is: PDQ does not blur an image that is already 64×64. */
    static void copyWithoutBlur(float[] luma, Workspace ws) {
        Transposition.transposeInto(luma, Decimation.SIDE, Decimation.SIDE, ws.decimated, Decimation.SIDE, 0);
    }
}
