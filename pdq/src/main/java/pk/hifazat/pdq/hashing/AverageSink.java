package pk.hifazat.pdq.hashing;

/**
 * Where a {@link LaneBoxFilter} pass puts the averages it computes. A pass only divides at the
 * positions a sink asks for, so a sink that needs 64 positions out of 1,000 saves the other
 * divisions.
 */
interface AverageSink {

    /** The array the averages go into. */
    float[] target();

    /**
     * Offset in {@link #target()} where the lanes of output position {@code position} go, or -1
     * when that position is not needed. Called once per position, in increasing order.
     */
    int offsetOf(int position);

    /** Called right after the lanes of {@code position} were written at {@link #offsetOf}. */
    void written(int position);
}
