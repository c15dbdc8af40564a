package pk.hifazat.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqResult;
import org.hifazat.pdq.image.ImageDecoder;
import org.hifazat.pdq.image.ImageHasher;

/** Images for matching tests: the shared PDQ samples, altered as a re-shared copy would be, and unrelated noise. */
final class TestImages {

    static final Path SAMPLES = Path.of("/work/shared/pdq/images");
    private static final ImageHasher HASHER = new ImageHasher(HashMode.CORE, ImageDecoder.DEFAULT_PIXEL_LIMIT);

    private TestImages() {
    }

    static byte[] sample(String name) throws IOException {
        Path file = SAMPLES.resolve(name);
        if (!Files.exists(file)) {
            file = Path.of("../../shared/pdq/images").resolve(name);
        }
        return Files.readAllBytes(file);
    }

    static PdqResult hash(byte[] image) throws IOException {
        return HASHER.hash(image, "test image");
    }

    /** The image turned by a few degrees and saved again as a JPEG of lower quality. */
    static byte[] rotatedAndRecompressed(byte[] image, double degrees) throws IOException {
        BufferedImage original = ImageIO.read(new java.io.ByteArrayInputStream(image));
        BufferedImage turned = new BufferedImage(original.getWidth(), original.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), original.getWidth() / 2.0, original.getHeight() / 2.0);
        g.drawImage(original, 0, 0, null);
        g.dispose();
        return jpeg(turned, 0.6f);
    }

    /** Random coloured blocks: an image no bank holds. */
    static byte[] noise(long seed) throws IOException {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < 256; y += 16) {
            for (int x = 0; x < 256; x += 16) {
                g.setColor(new java.awt.Color(random.nextInt(0xffffff)));
                g.fillRect(x, y, 16, 16);
            }
        }
        g.dispose();
        return jpeg(image, 0.9f);
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
