package pk.hifazat.pdq.hashing;

/**
 * A sink that keeps only the positions PDQ's decimation samples: output block {@code k} (of
 * {@code lanes} floats) receives position {@link Decimation#sourceIndex}{@code (k, length)}.
 * Small images map several blocks to one position; those blocks are copies.
 */
final class DecimatingSink implements AverageSink {

    private final int[] sourceIndex;
    private final float[] out;
    private final int lanes;
    private int next;

    /**
     * @param sourceIndex for every output block, the position it samples (non-decreasing)
     * @param out         receives block {@code k} at {@code k * lanes}
     */
    DecimatingSink(int[] sourceIndex, float[] out, int lanes) {
        this.sourceIndex = sourceIndex;
        this.out = out;
        this.lanes = lanes;
    }

    @Override
    public float[] target() {
        return out;
    }

    @Override
    public int offsetOf(int position) {
        return next < sourceIndex.length && sourceIndex[next] == position ? next * lanes : -1;
    }

    @Override
    public void written(int position) {
        int first = next++;
        while (next < sourceIndex.length && sourceIndex[next] == position) {
            System.arraycopy(out, first * lanes, out, next * lanes, lanes);
            next++;
        }
    }
}
