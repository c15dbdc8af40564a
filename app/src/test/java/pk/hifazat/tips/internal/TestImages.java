package pk.hifazat.tips.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32;

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
        byte[] png = uniquePng(1);
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, 30_000).putInt(20, 30_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }
}
