package org.hifazat.pdq;

import java.awt.image.BufferedImage;

/** Deterministic synthetic images with enough structure to hash with full quality. */
public final class TestImages {

    private TestImages() {
    }

    /** Packed RGB, row-major: smooth gradients, waves and a few hard edges. */
    public static int[] rgb(int rows, int cols) {
        int[] rgb = new int[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = (double) c / cols;
                double y = (double) r / rows;
                int red = clamp(128 + 100 * Math.sin(9 * x) * Math.cos(7 * y) + (x > 0.6 && y < 0.3 ? 60 : 0));
                int green = clamp(90 + 80 * Math.sin(5 * (x + y)) + ((c / 17 + r / 23) % 3 == 0 ? 40 : 0));
                int blue = clamp(60 + 50 * Math.cos(13 * x + 3 * y) + ((x - 0.3) * (x - 0.3) + (y - 0.6) * (y - 0.6) < 0.02 ? 120 : 0));
                rgb[r * cols + c] = red << 16 | green << 8 | blue;
            }
        }
        return rgb;
    }

    /** 8-bit grey, row-major, the green-ish luma of {@link #rgb}. */
    public static byte[] grey(int rows, int cols) {
        int[] rgb = rgb(rows, cols);
        byte[] grey = new byte[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            grey[i] = (byte) ((((rgb[i] >> 16) & 0xff) + ((rgb[i] >> 8) & 0xff) * 2 + (rgb[i] & 0xff)) / 4);
        }
        return grey;
    }

    /** {@link #rgb} as a TYPE_INT_RGB image. */
    public static BufferedImage image(int rows, int cols) {
        BufferedImage image = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, cols, rows, rgb(rows, cols), 0, cols);
        return image;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }
}
