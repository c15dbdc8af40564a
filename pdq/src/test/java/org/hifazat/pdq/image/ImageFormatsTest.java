package org.hifazat.pdq.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqHash;
import org.hifazat.pdq.PdqResult;
import org.hifazat.pdq.ReferenceVectors;
import org.hifazat.pdq.ReferenceVectors.Vector;
import org.hifazat.pdq.TestImages;
import org.hifazat.pdq.hashing.LumaImage;
import org.hifazat.pdq.hashing.PdqHasher;

/** Every supported format decodes to the pixels PDQ should hash. */
class ImageFormatsTest {

    private static final int ROWS = 150;
    private static final int COLS = 200;

    private final ImageHasher images = new ImageHasher();
    private final PdqHasher pixels = new PdqHasher();
    private final PdqResult source = pixels.hash(LumaImage.fromRgb(TestImages.rgb(ROWS, COLS), ROWS, COLS));

    static List<Vector> sampleFiles() {
        return ReferenceVectors.of(HashMode.CORE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void decodesTheSampleFilesToExactlyTheReferenceCoreHashes(Vector v) throws IOException {
        PdqResult r = images.hash(v.original());

        assertThat(r.hash()).isEqualTo(v.hash());
        assertThat(r.quality()).isEqualTo(v.quality());
    }

    @Test
    void decodesGreyPngSamplesAsTheyAre() throws IOException {
        byte[] grey = TestImages.grey(ROWS, COLS);
        BufferedImage image = new BufferedImage(COLS, ROWS, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, COLS, ROWS, grey);

        assertThat(images.hash(Encoded.as(image, "png"), "grey.png"))
                .isEqualTo(pixels.hash(LumaImage.fromGrey(grey, ROWS, COLS)));
    }

    @Test
    void decodesGreyPngWithAlphaIgnoringTheAlpha() throws IOException {
        byte[] grey = TestImages.grey(ROWS, COLS);
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(COLS, ROWS);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                raster.setSample(c, r, 0, grey[r * COLS + c] & 0xff);
                raster.setSample(c, r, 1, (r * 7 + c) % 256);
            }
        }
        BufferedImage image = new BufferedImage(cm, raster, false, null);

        assertThat(images.hash(Encoded.as(image, "png"), "grey-alpha.png"))
                .isEqualTo(pixels.hash(LumaImage.fromGrey(grey, ROWS, COLS)));
    }

    @Test
    void decodesPalettePngThroughItsPalette() throws IOException {
        BufferedImage image = new BufferedImage(COLS, ROWS, BufferedImage.TYPE_BYTE_INDEXED);
        image.setRGB(0, 0, COLS, ROWS, TestImages.rgb(ROWS, COLS), 0, COLS);
        byte[] png = Encoded.as(image, "png");

        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(png)).getColorModel()).isInstanceOf(IndexColorModel.class);
        assertThat(images.hash(png, "palette.png")).isEqualTo(pixels.hash(image));
    }

    @Test
    void decodesSixteenBitPngToTheEightBitValues() throws IOException {
        int[] rgb = TestImages.rgb(ROWS, COLS);
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                new int[] {16, 16, 16}, false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(COLS, ROWS);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                int v = rgb[r * COLS + c];
                raster.setPixel(c, r, new int[] {((v >> 16) & 0xff) * 257, ((v >> 8) & 0xff) * 257, (v & 0xff) * 257});
            }
        }
        byte[] png = Encoded.as(new BufferedImage(cm, raster, false, null), "png");

        assertThat(png[24]).as("PNG bit depth").isEqualTo((byte) 16);
        assertThat(images.hash(png, "deep.png")).isEqualTo(source);
    }

    @Test
    void decodesSixteenBitGreyPngToTheEightBitValues() throws IOException {
        byte[] grey = TestImages.grey(ROWS, COLS);
        BufferedImage image = new BufferedImage(COLS, ROWS, BufferedImage.TYPE_USHORT_GRAY);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                image.getRaster().setSample(c, r, 0, (grey[r * COLS + c] & 0xff) * 257);
            }
        }

        assertThat(images.hash(Encoded.as(image, "png"), "deep-grey.png"))
                .isEqualTo(pixels.hash(LumaImage.fromGrey(grey, ROWS, COLS)));
    }

    @Test
    void decodesPngWithAlphaIgnoringTheAlpha() throws IOException {
        int[] rgb = TestImages.rgb(ROWS, COLS);
        int[] argb = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            argb[i] = ((i * 13) % 256) << 24 | rgb[i];
        }
        BufferedImage image = new BufferedImage(COLS, ROWS, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, COLS, ROWS, argb, 0, COLS);

        assertThat(images.hash(Encoded.as(image, "png"), "alpha.png")).isEqualTo(source);
    }

    @Test
    void decodesTheFirstFrameOfAnAnimatedGif() throws IOException {
        BufferedImage first = indexed(TestImages.rgb(ROWS, COLS));
        BufferedImage second = indexed(TestImages.rgb(COLS, ROWS));
        second = indexed(rotatedPixels(second));
        byte[] gif = Encoded.animatedGif(List.of(first, second));

        PdqResult decoded = images.hash(gif, "animated.gif");

        assertThat(decoded).isEqualTo(pixels.hash(first));
        assertThat(decoded.hash()).isNotEqualTo(pixels.hash(second).hash());
    }

    @Test
    void decodesBmp() throws IOException {
        BufferedImage image = new BufferedImage(COLS, ROWS, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, COLS, ROWS, TestImages.rgb(ROWS, COLS), 0, COLS);

        assertThat(images.hash(Encoded.as(image, "bmp"), "picture.bmp")).isEqualTo(source);
    }

    @Test
    void decodesBaselineAndProgressiveJpegToNearlyTheSourceHash() throws IOException {
        BufferedImage image = TestImages.image(ROWS, COLS);
        byte[] baseline = Encoded.jpeg(image, 0.95f, false);
        byte[] progressive = Encoded.jpeg(image, 0.95f, true);

        PdqResult fromBaseline = images.hash(baseline, "baseline.jpg");
        PdqResult fromProgressive = images.hash(progressive, "progressive.jpg");

        assertThat(isProgressive(progressive)).isTrue();
        assertThat(fromBaseline.hash().distance(source.hash())).isLessThanOrEqualTo(16);
        assertThat(fromProgressive.hash().distance(source.hash())).isLessThanOrEqualTo(16);
    }

    @Test
    void decodesCmykJpegsIntoTheRightColours() throws IOException {
        PdqHash original = images.hash(fixture("photo-like.png")).hash();

        for (String name : new String[] {"photo-like-cmyk.jpg", "photo-like-cmyk-progressive.jpg"}) {
            int distance = images.hash(fixture(name)).hash().distance(original);
            assertThat(distance).as(name).isLessThanOrEqualTo(20);
        }
    }

    @Test
    void decodesLosslessWebpExactlyAndLossyWebpClosely() throws IOException {
        PdqResult original = images.hash(fixture("photo-like.png"));

        assertThat(images.hash(fixture("photo-like-lossless.webp"))).isEqualTo(original);
        assertThat(images.hash(fixture("photo-like-lossy.webp")).hash().distance(original.hash()))
                .isLessThanOrEqualTo(20);
    }

    @Test
    void doesNotApplyExifOrientation() throws IOException {
        byte[] plain = Encoded.jpeg(TestImages.image(ROWS, COLS), 0.9f, false);
        byte[] rotatedBySix = withExifOrientation(plain, 6);

        BufferedImage decoded = new ImageDecoder().decode(rotatedBySix, "exif6.jpg");

        assertThat(decoded.getWidth()).isEqualTo(COLS);
        assertThat(decoded.getHeight()).isEqualTo(ROWS);
        assertThat(images.hash(rotatedBySix, "exif6.jpg")).isEqualTo(images.hash(plain, "plain.jpg"));
    }

    private static java.nio.file.Path fixture(String name) {
        return ReferenceVectors.resource("fixtures/" + name);
    }

    private static BufferedImage indexed(BufferedImage rgb) {
        BufferedImage out = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_INDEXED);
        out.getGraphics().drawImage(rgb, 0, 0, null);
        return out;
    }

    private static BufferedImage indexed(int[] rgb) {
        BufferedImage out = new BufferedImage(COLS, ROWS, BufferedImage.TYPE_BYTE_INDEXED);
        out.setRGB(0, 0, COLS, ROWS, rgb, 0, COLS);
        return out;
    }

    private static BufferedImage rotatedPixels(BufferedImage tall) {
        BufferedImage out = new BufferedImage(tall.getHeight(), tall.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < tall.getHeight(); y++) {
            for (int x = 0; x < tall.getWidth(); x++) {
                out.setRGB(y, x, tall.getRGB(x, y));
            }
        }
        return out;
    }

    private static boolean isProgressive(byte[] jpeg) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc2) {
                return true;
            }
        }
        return false;
    }

    /** Inserts an EXIF APP1 segment holding only an orientation tag after the JPEG's SOI marker. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
            0, 0, 0, 0};
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        int length = exif.length + 2;
        byte[] out = new byte[jpeg.length + 4 + exif.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xff;
        out[3] = (byte) 0xe1;
        out[4] = (byte) (length >> 8);
        out[5] = (byte) length;
        System.arraycopy(exif, 0, out, 6, exif.length);
        System.arraycopy(jpeg, 2, out, 6 + exif.length, jpeg.length - 2);
        return out;
    }

    @Test
    void hashesTheSameFromBytesStreamAndFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        byte[] png = Encoded.as(TestImages.image(ROWS, COLS), "png");
        java.nio.file.Path file = Files.write(dir.resolve("same.png"), png);

        PdqResult fromBytes = images.hash(png, "same.png");

        assertThat(images.hash(new java.io.ByteArrayInputStream(png), "same.png")).isEqualTo(fromBytes);
        assertThat(images.hash(file)).isEqualTo(fromBytes);
        assertThat(images.hashDihedral(file).originalResult()).isEqualTo(fromBytes);
        assertThat(images.hashDihedral(png, "same.png")).isEqualTo(images.hashDihedral(file));
    }
}
