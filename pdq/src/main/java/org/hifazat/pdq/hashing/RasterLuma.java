package org.hifazat.pdq.hashing;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Chooses how to read luma from a decoded image. Samples are read from the raster wherever the
 * colour model is understood, because {@code BufferedImage.getRGB} converts colour spaces: on a
 * grey image it changes the values, and on an RGB image with an embedded profile it would differ
 * from the reference decoder, which ignores profiles.
 */
final class RasterLuma {

    private RasterLuma() {
    }

    static LumaRows rowsOf(BufferedImage image) {
        Raster raster = image.getRaster();
        ColorModel cm = image.getColorModel();
        if (cm instanceof IndexColorModel palette) {
            return new PaletteRows(raster, palette);
        }
        int space = cm.getColorSpace().getType();
        boolean grey = space == ColorSpace.TYPE_GRAY;
        boolean rgb = space == ColorSpace.TYPE_RGB;
        LumaRows rows = null;
        if (cm instanceof ComponentColorModel && (grey || rgb)) {
            rows = InterleavedByteRows.of(raster, grey);
            if (rows == null) {
                rows = SampleRows.of(raster, cm, grey);
            }
        } else if (cm instanceof DirectColorModel packed && rgb) {
            rows = PackedIntRows.of(raster, packed);
        }
        return rows != null ? rows : new ArgbRows(image);
    }

    /** Fills columns ({@code columns[c][r]}) with the luma of {@code image}. */
    static void fill(BufferedImage image, float[][] columns) {
        LumaRows.fillColumns(rowsOf(image), image.getHeight(), image.getWidth(), columns);
    }
}
