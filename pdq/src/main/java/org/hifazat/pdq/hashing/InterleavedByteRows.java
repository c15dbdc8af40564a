package org.hifazat.pdq.hashing;

import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/**
 * Luma straight from an 8-bit interleaved raster (what the JPEG, PNG and WebP readers return for
 * ordinary photos): the hot path of decoding, so it reads the backing array without per-pixel calls.
 * Grey rasters give their sample as is; colour rasters go through {@link Luma}.
 */
final class InterleavedByteRows implements LumaRows {

    private final byte[] data;
    private final int origin;
    private final int pixelStride;
    private final int scanlineStride;
    private final int cols;
    private final int red;
    private final int green;
    private final int blue;
    private final boolean grey;

    private InterleavedByteRows(Raster raster, ComponentSampleModel sm, boolean grey) {
        DataBufferByte buffer = (DataBufferByte) raster.getDataBuffer();
        int bank = sm.getBankIndices()[0];
        int x = raster.getMinX() - raster.getSampleModelTranslateX();
        int y = raster.getMinY() - raster.getSampleModelTranslateY();
        this.data = buffer.getData(bank);
        this.origin = buffer.getOffsets()[bank] + y * sm.getScanlineStride() + x * sm.getPixelStride();
        this.pixelStride = sm.getPixelStride();
        this.scanlineStride = sm.getScanlineStride();
        this.cols = raster.getWidth();
        int[] bandOffsets = sm.getBandOffsets();
        this.red = bandOffsets[0];
        this.green = grey ? 0 : bandOffsets[1];
        this.blue = grey ? 0 : bandOffsets[2];
        this.grey = grey;
    }

    /** This reader if the raster is byte-interleaved in one bank, otherwise null. */
    static InterleavedByteRows of(Raster raster, boolean grey) {
        if (raster.getSampleModel() instanceof ComponentSampleModel sm
                && raster.getDataBuffer() instanceof DataBufferByte
                && sm.getDataType() == DataBuffer.TYPE_BYTE
                && sm.getNumBands() >= (grey ? 1 : 3)
                && singleBank(sm)) {
            return new InterleavedByteRows(raster, sm, grey);
        }
        return null;
    }

    private static boolean singleBank(ComponentSampleModel sm) {
        int[] banks = sm.getBankIndices();
        for (int bank : banks) {
            if (bank != banks[0]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void read(int row, float[] dst) {
        int p = origin + row * scanlineStride;
        if (grey) {
            for (int c = 0; c < cols; c++, p += pixelStride) {
                dst[c] = data[p + red] & 0xff;
            }
        } else if (pixelStride == 3) {
            readThreeBytePixels(p, dst);
        } else {
            for (int c = 0; c < cols; c++, p += pixelStride) {
                dst[c] = luma(data[p + red], data[p + green], data[p + blue]);
            }
        }
    }

    /** The layout of every colour JPEG; a constant stride lets the JIT drop the bounds checks. */
    private void readThreeBytePixels(int p, float[] dst) {
        int r = p + red;
        int g = p + green;
        int b = p + blue;
        for (int c = 0; c < cols; c++) {
            dst[c] = luma(data[r + 3 * c], data[g + 3 * c], data[b + 3 * c]);
        }
    }

    private static float luma(byte red, byte green, byte blue) {
        return (Luma.RED[red & 0xff] + Luma.GREEN[green & 0xff]) + Luma.BLUE[blue & 0xff];
    }
}
