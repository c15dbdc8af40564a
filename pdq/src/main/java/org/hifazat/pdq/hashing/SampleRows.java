package org.hifazat.pdq.hashing;

import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;

/**
 * Luma from any integer grey or RGB raster the fast readers do not cover: 16-bit PNGs, banded
 * layouts, odd bit depths. Samples are scaled to 8 bits with rounding first, because PDQ is defined
 * on 8-bit pixels; grey samples are then used as they are, colour ones go through {@link Luma}.
 */
final class SampleRows implements LumaRows {

    private final Raster raster;
    private final boolean grey;
    private final int bands;
    private final int[] maxValue;
    private final int[] samples;

    private SampleRows(Raster raster, ColorModel cm, boolean grey) {
        this.raster = raster;
        this.grey = grey;
        this.bands = raster.getNumBands();
        this.maxValue = new int[3];
        for (int b = 0; b < (grey ? 1 : 3); b++) {
            maxValue[b] = (1 << cm.getComponentSize(b)) - 1;
        }
        this.samples = new int[raster.getWidth() * bands];
    }

    /** This reader if the raster holds integer samples of at most 16 bits, otherwise null. */
    static SampleRows of(Raster raster, ColorModel cm, boolean grey) {
        int type = raster.getSampleModel().getDataType();
        boolean integral = type == DataBuffer.TYPE_BYTE || type == DataBuffer.TYPE_USHORT
                || type == DataBuffer.TYPE_SHORT || type == DataBuffer.TYPE_INT;
        if (!integral || raster.getNumBands() < (grey ? 1 : 3)) {
            return null;
        }
        for (int b = 0; b < (grey ? 1 : 3); b++) {
            if (cm.getComponentSize(b) > 16 || cm.getComponentSize(b) < 1) {
                return null;
            }
        }
        return new SampleRows(raster, cm, grey);
    }

    @Override
    public void read(int row, float[] dst) {
        raster.getPixels(raster.getMinX(), raster.getMinY() + row, raster.getWidth(), 1, samples);
        for (int c = 0, p = 0; c < raster.getWidth(); c++, p += bands) {
            int first = to8Bits(samples[p], maxValue[0]);
            dst[c] = grey ? first
                    : Luma.of(first, to8Bits(samples[p + 1], maxValue[1]), to8Bits(samples[p + 2], maxValue[2]));
        }
    }

    private static int to8Bits(int value, int max) {
        return max == 255 ? value : (int) (((long) value * 255 + max / 2) / max);
    }
}
