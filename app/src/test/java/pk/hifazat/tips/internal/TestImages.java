package pk.hifazat.tips.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

/** Images made for tests: a unique photo-like PNG, and a "bomb" whose header claims a huge size. */
public final class TestImages {

    private TestImages() {
    }

    /** A PNG of random pixels: its bytes occur nowhere else, so a test can search the disk for them. */
    public static byte[] uniquePng(long seed) {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A small valid PNG whose header says it is 30000 × 30000 pixels (900 megapixels). */
    public static byte[] pixelBomb() {
        return claiming(30_000, 30_000);
    }

    /** A small PNG whose header says it is {@code width} × {@code height}; its pixel data is that of 160 × 120. */
    public static byte[] claiming(int width, int height) {
        byte[] png = uniquePng(1);
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }

    /**
     * A black PNG of 16-bit RGBA pixels: 8 bytes a pixel decoded, about a thousandth of that as a
     * file, under the pixel limit. The decompression bomb of issue 10 was 10,000 × 9,999 of these.
     */
    public static byte[] blackRgba16(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[]{16, 6, 0, 0, 0});
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            byte[] line = new byte[1 + width * 8];
            for (int row = 0; row < height; row++) {
                zlib.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        for (var chunk : java.util.List.of(java.util.Map.entry("IHDR", header.array()),
                java.util.Map.entry("IDAT", pixels.toByteArray()), java.util.Map.entry("IEND", new byte[0]))) {
            byte[] typed = ByteBuffer.allocate(4 + chunk.getValue().length)
                    .put(chunk.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(chunk.getValue()).array();
            CRC32 crc = new CRC32();
            crc.update(typed);
            file.writeBytes(ByteBuffer.allocate(4).putInt(chunk.getValue().length).array());
            file.writeBytes(typed);
            file.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        }
        return file.toByteArray();
    }
}
