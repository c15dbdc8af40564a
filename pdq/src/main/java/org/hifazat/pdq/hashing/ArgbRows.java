package org.hifazat.pdq.hashing;

import java.awt.image.BufferedImage;

/**
 * The fallback for colour models nothing else understands (CMYK left unconverted, float rasters):
 * Java2D converts each row to sRGB. Grey images only end up here with float samples, which none
 * of the image readers produce; 8- and 16-bit grey is read from the raster.
 */
final class ArgbRows implements LumaRows {

    private final BufferedImage image;
    private final int[] argb;

    ArgbRows(BufferedImage image) {
        this.image = image;
        this.argb = new int[image.getWidth()];
    }

    @Override
    public void read(int row, float[] dst) {
        image.getRGB(0, row, argb.length, 1, argb, 0, argb.length);
        for (int c = 0; c < argb.length; c++) {
            int v = argb[c];
            dst[c] = Luma.of((v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
        }
    }
}
