package org.hifazat.pdq.hashing;

import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/** Luma from a raster of packed 8-bit-per-channel ints (TYPE_INT_RGB, _ARGB, _BGR and the like). */
final class PackedIntRows implements LumaRows {

    private final int[] data;
    private final int origin;
    private final int scanlineStride;
    private final int cols;
    private final int redShift;
    private final int greenShift;
    private final int blueShift;

    private PackedIntRows(Raster raster, SinglePixelPackedSampleModel sm, DirectColorModel cm) {
        DataBufferInt buffer = (DataBufferInt) raster.getDataBuffer();
        int x = raster.getMinX() - raster.getSampleModelTranslateX();
        int y = raster.getMinY() - raster.getSampleModelTranslateY();
        this.data = buffer.getData();
        this.origin = buffer.getOffset() + sm.getOffset(x, y);
        this.scanlineStride = sm.getScanlineStride();
        this.cols = raster.getWidth();
        this.redShift = Integer.numberOfTrailingZeros(cm.getRedMask());
        this.greenShift = Integer.numberOfTrailingZeros(cm.getGreenMask());
        this.blueShift = Integer.numberOfTrailingZeros(cm.getBlueMask());
    }

    /** This reader if the image packs 8-bit channels into ints, otherwise null. */
    static PackedIntRows of(Raster raster, DirectColorModel cm) {
        if (raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && raster.getDataBuffer() instanceof DataBufferInt
                && Integer.bitCount(cm.getRedMask()) == 8
                && Integer.bitCount(cm.getGreenMask()) == 8
                && Integer.bitCount(cm.getBlueMask()) == 8) {
            return new PackedIntRows(raster, sm, cm);
        }
        return null;
    }

    @Override
    public void read(int row, float[] dst) {
        int p = origin + row * scanlineStride;
        for (int c = 0; c < cols; c++) {
            int v = data[p + c];
            dst[c] = Luma.of((v >>> redShift) & 0xff, (v >>> greenShift) & 0xff, (v >>> blueShift) & 0xff);
        }
    }
}
