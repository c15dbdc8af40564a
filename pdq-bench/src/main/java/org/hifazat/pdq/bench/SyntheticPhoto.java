package org.hifazat.pdq.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A deterministic stand-in for a photo: smooth light, a few sharp-edged objects and sensor-like
 * noise, so that JPEG compresses it to about the size of a real photo of the same dimensions and
 * decoding costs about as much.
 */
final class SyntheticPhoto {

    private SyntheticPhoto() {
    }

    static BufferedImage create(int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] blobs = new double[40][];
        for (int i = 0; i < blobs.length; i++) {
            blobs[i] = new double[] {random.nextDouble() * width, random.nextDouble() * height,
                10 + random.nextDouble() * width / 6, random.nextInt(256), random.nextInt(256), random.nextInt(256)};
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double fx = (double) x / width;
                double fy = (double) y / height;
                double r = 110 + 70 * Math.sin(6 * fx + 2 * fy);
                double g = 100 + 60 * Math.cos(4 * fy - 3 * fx);
                double b = 90 + 50 * Math.sin(5 * (fx + fy));
                for (double[] blob : blobs) {
                    double dx = x - blob[0];
                    double dy = y - blob[1];
                    if (dx * dx + dy * dy < blob[2] * blob[2]) {
                        r = (r + blob[3]) / 2;
                        g = (g + blob[4]) / 2;
                        b = (b + blob[5]) / 2;
                    }
                }
                double noise = random.nextDouble(-8, 8);
                image.setRGB(x, y, clamp(r + noise) << 16 | clamp(g + noise) << 8 | clamp(b + noise));
            }
        }
        return image;
    }

    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
