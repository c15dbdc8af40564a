package org.hifazat.pdq.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqResult;
import org.hifazat.pdq.ReferenceVectors;
import org.hifazat.pdq.ReferenceVectors.Vector;
import org.hifazat.pdq.TestImages;

/**
 * A decoder {@linkplain ImageDecoder#reducingAbove(long) reducing large images} keeps memory to the
 * reduced size whatever the file unpacks to, hashes images within its limit exactly, and larger
 * ones a few bits from their full-size hash.
 */
class ReducedDecodingTest {

    /** Few enough bits that a reduced copy matches its original with room to spare (radius 31). */
    private static final int FEW_BITS = 12;

    static List<Vector> sampleFiles() {
        return ReferenceVectors.of(HashMode.CORE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void imagesWithinTheLimitHashExactlyAsTheReference(Vector v) throws IOException {
        ImageHasher reducing = new ImageHasher(HashMode.CORE, new ImageDecoder().reducingAbove(4_000_000));

        PdqResult r = reducing.hash(v.original());

        assertThat(r.hash()).isEqualTo(v.hash());
        assertThat(r.quality()).isEqualTo(v.quality());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void largerImagesHashWithinAFewBitsOfTheReference(Vector v) throws IOException {
        ImageHasher reducing = new ImageHasher(HashMode.CORE, new ImageDecoder().reducingAbove(100_000));

        PdqResult r = reducing.hash(v.original());

        assertThat(r.hash().distance(v.hash())).as("bits from the full-size hash").isLessThanOrEqualTo(FEW_BITS);
    }

    @Test
    void aLargePhotoReducedToAMegapixelHashesWithinAFewBitsOfItsFullDecode() throws IOException {
        byte[] photo = Encoded.jpeg(TestImages.image(3000, 4000), 0.9f, false);

        PdqResult full = new ImageHasher().hash(photo, "photo.jpg");
        PdqResult reduced = new ImageHasher(HashMode.CORE, new ImageDecoder().reducingAbove(1_000_000))
                .hash(photo, "photo.jpg");

        assertThat(reduced.hash().distance(full.hash())).isLessThanOrEqualTo(FEW_BITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "png-16-bit-rgba", "jpeg", "jpeg-progressive", "jpeg-cmyk", "gif", "bmp",
            "webp-lossy", "webp-lossless"})
    void everyFormatIsDecodedReducedWhenOverTheLimit(String format) throws IOException {
        byte[] file = Encoded.photo(format, 301, 403);
        BufferedImage full = new ImageDecoder().decode(file, format);
        long pixels = (long) full.getWidth() * full.getHeight();
        long halved = (long) ((full.getWidth() + 1) / 2) * ((full.getHeight() + 1) / 2);

        BufferedImage reduced = new ImageDecoder().reducingAbove(halved).decode(file, format);
        BufferedImage within = new ImageDecoder().reducingAbove(pixels).decode(file, format);

        assertThat(reduced.getWidth()).isEqualTo((full.getWidth() + 1) / 2);
        assertThat(reduced.getHeight()).isEqualTo((full.getHeight() + 1) / 2);
        assertThat(within.getWidth()).isEqualTo(full.getWidth());
    }

    @Test
    void aSixteenBitRgbaBombUnderThePixelLimitCostsOnlyTheReducedImage() throws IOException {
        byte[] bomb = Encoded.blackRgba16Png(6000, 5999);
        ImageHasher reducing = new ImageHasher(HashMode.CORE, new ImageDecoder().reducingAbove(1_000_000));

        long allocated = Allocations.by(() -> {
            try {
                assertThat(reducing.hash(bomb, "bomb.png").quality()).isZero();
            } catch (BadImageException e) {
                throw new AssertionError(e);
            }
        });

        assertThat(bomb.length).isLessThan(2 << 20);
        assertThat(allocated).as("bytes allocated for a 36-megapixel, 288 MB image").isLessThan(64L << 20);
    }
}
