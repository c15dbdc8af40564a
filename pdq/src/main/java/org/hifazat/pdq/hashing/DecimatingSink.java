package org.hifazat.pdq.hashing;

/**
 * A sink that keeps only the positions PDQ's decimation samples: {@code out[k]} receives position
 * {@link Decimation#sourceIndices}{@code (length)[k]}. Small images map several outputs to one
 * position; those outputs are copies.
 */
final class DecimatingSink implements AverageSink {

    private final int[] sourceIndex;
    private final float[][] out;
    private final int lanes;
    private int next;

    /**
     * @param sourceIndex for every output, the position it samples (non-decreasing)
     * @param out         one array of at least {@code lanes} floats per output
     */
    DecimatingSink(int[] sourceIndex, float[][] out, int lanes) {
        this.sourceIndex = sourceIndex;
        this.out = out;
        this.lanes = lanes;
    }

    @Override
    public float[] target(int position) {
        return next < sourceIndex.length && sourceIndex[next] == position ? out[next] : null;
    }

    @Override
    public void written(int position) {
        int first = next++;
        while (next < sourceIndex.length && sourceIndex[next] == position) {
            System.arraycopy(out[first], 0, out[next], 0, lanes);
            next++;
        }
    }
}
