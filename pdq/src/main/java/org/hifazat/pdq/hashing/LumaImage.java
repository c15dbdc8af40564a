package org.hifazat.pdq.hashing;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * An image reduced to what PDQ hashes: one float luma value per pixel. Immutable.
 *
 * <p>Build one from decoded pixels when the image does not come from a file, e.g. video frames or
 * pixels already in memory; for encoded files use {@code org.hifazat.pdq.image.ImageHasher}.
 */
public final class LumaImage {

    /** Pixel (r, c) at {@code columns[c][r]}: the layout the first blur pass reads fastest. */
    private final float[][] columns;
    private final int rows;
    private final int cols;

    private LumaImage(float[][] columns, int rows, int cols) {
        this.columns = columns;
        this.rows = rows;
        this.cols = cols;
    }

    /**
     * From luma values, row-major ({@code luma[r * cols + c]}). The array is copied.
     */
    public static LumaImage fromLuma(float[] luma, int rows, int cols) {
        checkSize(luma.length, rows, cols);
        return fill((row, dst) -> System.arraycopy(luma, row * cols, dst, 0, cols), rows, cols);
    }

    /**
     * From packed RGB pixels, row-major, as {@code BufferedImage.getRGB} returns them
     * ({@code 0xAARRGGBB}; alpha is ignored).
     */
    public static LumaImage fromRgb(int[] rgb, int rows, int cols) {
        checkSize(rgb.length, rows, cols);
        return fill((row, dst) -> {
            for (int c = 0, p = row * cols; c < cols; c++, p++) {
                int v = rgb[p];
                dst[c] = Luma.of((v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
            }
        }, rows, cols);
    }

    /** From 8-bit grey samples, row-major; grey values are the luma as they are. */
    public static LumaImage fromGrey(byte[] grey, int rows, int cols) {
        checkSize(grey.length, rows, cols);
        return fill((row, dst) -> {
            for (int c = 0, p = row * cols; c < cols; c++, p++) {
                dst[c] = grey[p] & 0xff;
            }
        }, rows, cols);
    }

    /**
     * From a decoded image. Samples are read from the raster, so grey images keep their values;
     * 16-bit samples are rounded to 8 bits; alpha is ignored.
     */
    public static LumaImage from(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        return fill(RasterLuma.rowsOf(image), image.getHeight(), image.getWidth());
    }

    private static LumaImage fill(LumaRows source, int rows, int cols) {
        float[][] plane = new float[cols][rows];
        LumaRows.fillColumns(source, rows, cols, plane);
        return new LumaImage(plane, rows, cols);
    }

    private static void checkSize(int length, int rows, int cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("an image needs positive dimensions, not " + rows + "×" + cols);
        }
        if ((long) rows * cols != length) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " image needs " + (long) rows * cols
                    + " values, but the array has " + length);
        }
    }

    /** Height in pixels. */
    public int rows() {
        return rows;
    }

    /** Width in pixels. */
    public int cols() {
        return cols;
    }

    /** The luma of pixel ({@code row}, {@code col}). */
    public float luma(int row, int col) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(col, cols);
        return columns[col][row];
    }

    /** The plane itself, one array per column; callers must not modify it. */
    float[][] columns() {
        return columns;
    }
}
