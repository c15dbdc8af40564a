package pk.hifazat.pdq.hashing;

/**
 * A sink that collects {@link Transposition#BAND} output positions at a time and writes them,
 * transposed, into a full-size destination: the output of a horizontal pass becomes the input of a
 * vertical one (and back) without a separate transposition of the whole image.
 */
final class TransposingBand implements AverageSink {

    private final float[] band;
    private final int lanes;
    private final int length;
    private final float[] destination;
    private final int destinationStride;
    private int bandStart;

    /**
     * @param band              scratch of at least {@code BAND * lanes} floats
     * @param destination       receives position {@code p} of lane {@code l} at
     *                          {@code l * destinationStride + p}
     */
    TransposingBand(float[] band, int lanes, int length, float[] destination, int destinationStride) {
        this.band = band;
        this.lanes = lanes;
        this.length = length;
        this.destination = destination;
        this.destinationStride = destinationStride;
    }

    @Override
    public float[] target() {
        return band;
    }

    @Override
    public int offsetOf(int position) {
        return (position - bandStart) * lanes;
    }

    @Override
    public void written(int position) {
        int filled = position - bandStart + 1;
        if (filled == Transposition.BAND || position == length - 1) {
            Transposition.transposeInto(band, lanes, filled, destination, destinationStride, bandStart);
            bandStart = position + 1;
        }
    }
}
