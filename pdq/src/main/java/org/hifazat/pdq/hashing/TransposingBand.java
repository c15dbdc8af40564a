package org.hifazat.pdq.hashing;

/**
 * A sink that collects {@link Transposition#BAND} output positions at a time and writes them,
 * transposed, into a full-size destination: the output of a horizontal pass becomes the input of a
 * vertical one (and back) without a separate transposition of the whole image.
 */
final class TransposingBand implements AverageSink {

    private final float[][] band;
    private final int lanes;
    private final int length;
    private final float[][] destination;
    private int bandStart;

    /**
     * @param band        {@code BAND} arrays of at least {@code lanes} floats
     * @param destination receives position {@code p} of lane {@code l} at {@code destination[l][p]}
     */
    TransposingBand(float[][] band, int lanes, int length, float[][] destination) {
        this.band = band;
        this.lanes = lanes;
        this.length = length;
        this.destination = destination;
    }

    @Override
    public float[] target(int position) {
        return band[position - bandStart];
    }

    @Override
    public void written(int position) {
        int filled = position - bandStart + 1;
        if (filled == Transposition.BAND || position == length - 1) {
            Transposition.transposeInto(band, 0, filled, lanes, destination, bandStart);
            bandStart = position + 1;
        }
    }
}
