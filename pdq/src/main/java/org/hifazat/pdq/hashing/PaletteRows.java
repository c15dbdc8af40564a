package org.hifazat.pdq.hashing;

import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Luma of a palette image: each palette entry is a colour, as the reference's decoder expands it,
 * so the luma of every entry is computed once and looked up per pixel.
 */
final class PaletteRows implements LumaRows {

    private final Raster raster;
    private final float[] lumaOfIndex;
    private final int[] indices;

    PaletteRows(Raster raster, IndexColorModel cm) {
        this.raster = raster;
        int size = cm.getMapSize();
        this.lumaOfIndex = new float[Math.max(size, 1 << cm.getPixelSize())];
        for (int i = 0; i < size; i++) {
            lumaOfIndex[i] = Luma.of(cm.getRed(i), cm.getGreen(i), cm.getBlue(i));
        }
        this.indices = new int[raster.getWidth()];
    }

    @Override
    public void read(int row, float[] dst) {
        raster.getSamples(raster.getMinX(), raster.getMinY() + row, indices.length, 1, 0, indices);
        for (int c = 0; c < indices.length; c++) {
            dst[c] = lumaOfIndex[indices[c]];
        }
    }
}
