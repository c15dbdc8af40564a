package org.hifazat.pdq.hashing;

/**
 * Where a {@link LaneBoxFilter} pass puts the averages it computes. A pass only divides at the
 * positions a sink asks for, so a sink that needs 64 positions out of 1,000 saves the other
 * divisions.
 */
interface AverageSink {

    /**
     * The array that receives the lanes of output position {@code position}, or null when that
     * position is not needed. Called once per position, in increasing order.
     */
    float[] target(int position);

    /** Called right after the lanes of {@code position} were written into {@link #target}. */
    void written(int position);
}
