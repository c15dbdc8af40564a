package org.hifazat.pdq.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqResult;
import org.hifazat.pdq.ReferenceVectors;
import org.hifazat.pdq.ReferenceVectors.Vector;
import org.hifazat.pdq.TestImages;

/**
 * JPEGs decoded through libjpeg-turbo hash as the JDK's decoder and Meta's reference do, keep
 * every guard of the JDK path, and leave to the JDK's decoder what they do not handle.
 */
class TurboJpegDecoderTest {

    private final DecodingMemory memory = new DecodingMemory(1L << 30);
    private final ImageDecoder limits = new ImageDecoder();

    @BeforeEach
    void needsTheLibrary() {
        TurboJpegInstalled.assume();
    }

    static List<Vector> sampleJpegs() {
        return ReferenceVectors.of(HashMode.CORE).stream().filter(v -> v.file().endsWith(".jpg")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleJpegs")
    void samplesHashBitForBitAsTheJdkDecoderAndMetasReference(Vector v) throws IOException {
        byte[] jpeg = Files.readAllBytes(v.original());
        decodedByTheLibrary(jpeg, v.stem());

        PdqResult fast = new ImageHasher(HashMode.CORE, limits.using(JpegDecoder.TURBOJPEG)).hash(v.original());
        PdqResult jdk = new ImageHasher(HashMode.CORE, limits.using(JpegDecoder.JDK)).hash(v.original());

        assertThat(fast.hash().distance(v.hash())).as("bits from Meta's hash").isZero();
        assertThat(fast.quality()).isEqualTo(v.quality());
        assertThat(fast).isEqualTo(jdk);
    }

    /**
     * The pixels are the JDK's too, but for files with an embedded colour profile: the JDK path
     * (TwelveMonkeys) converts those to sRGB, libjpeg-turbo and Meta's tool do not. Of the samples,
     * wee.jpg has one, and hashes the same either way.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleJpegs")
    void samplesWithoutAColourProfileDecodeToTheJdksPixelsAsPackedInts(Vector v) throws IOException {
        byte[] jpeg = Files.readAllBytes(v.original());
        BufferedImage turbo = decodedByTheLibrary(jpeg, v.stem());
        BufferedImage jdk = limits.using(JpegDecoder.JDK).decode(jpeg, v.stem());

        if (!v.stem().equals("wee")) {
            assertThat(pixels(turbo)).as("decoded pixels").isEqualTo(pixels(jdk));
        }
        assertThat(turbo.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void aSessionThatFailedIsNotReused() throws IOException {
        byte[] garbage = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x13, 0x37}, 4000);
        byte[] jpeg = Encoded.jpeg(TestImages.image(300, 400), 0.9f, false);

        for (int i = 0; i < 3; i++) {
            assertThat(TurboJpegDecoder.standard().decode(garbage, "bad.jpg", limits, memory)).isNull();
            decodedByTheLibrary(jpeg, "photo.jpg");
        }
    }

    @Test
    void filesStreamsAndBytesAllTakeTheFastPathAndAgree(@TempDir Path dir) throws IOException {
        byte[] jpeg = Encoded.jpeg(TestImages.image(300, 400), 0.9f, false);
        Path file = Files.write(dir.resolve("photo.jpg"), jpeg);
        ImageHasher hasher = new ImageHasher(HashMode.CORE, limits.using(JpegDecoder.TURBOJPEG));

        PdqResult fromBytes = hasher.hash(jpeg, "photo.jpg");

        assertThat(hasher.decoder().jpegDecoder()).isEqualTo(JpegDecoder.TURBOJPEG);
        assertThat(hasher.hash(file)).isEqualTo(fromBytes);
        assertThat(hasher.hash(new ByteArrayInputStream(jpeg), "photo.jpg")).isEqualTo(fromBytes);
        assertThat(new ImageHasher(HashMode.CORE, limits.using(JpegDecoder.JDK)).hash(jpeg, "photo.jpg"))
                .isEqualTo(fromBytes);
    }

    @Test
    void progressiveAndGreyJpegsAreDecodedByTheLibraryAsByTheJdk() throws IOException {
        BufferedImage greyPhoto = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
        greyPhoto.getRaster().setDataElements(0, 0, 400, 300, TestImages.grey(300, 400));
        for (byte[] jpeg : List.of(Encoded.jpeg(TestImages.image(300, 400), 0.9f, true),
                Encoded.jpeg(greyPhoto, 0.9f, false))) {
            BufferedImage turbo = decodedByTheLibrary(jpeg, "photo.jpg");
            BufferedImage jdk = limits.using(JpegDecoder.JDK).decode(jpeg, "photo.jpg");

            assertThat(turbo.getRaster().getNumBands()).isEqualTo(jdk.getRaster().getNumBands());
            assertThat(pixels(turbo)).isEqualTo(pixels(jdk));
        }
    }

    @Test
    void withoutTheLibraryJpegsGoToTheJdkDecoderOrTheChoiceIsRefused() throws IOException {
        TurboJpegLibrary missing = TurboJpegLibrary.load("libturbojpeg-not-installed.so.9");
        byte[] jpeg = Encoded.jpeg(TestImages.image(300, 400), 0.9f, false);

        ImageDecoder auto = limits.using(JpegDecoder.AUTO, missing);

        assertThat(missing.available()).isFalse();
        assertThat(missing.unavailableBecause()).contains("libturbojpeg-not-installed.so.9", "apt-get install libturbojpeg0");
        assertThat(auto.jpegDecoder()).isEqualTo(JpegDecoder.JDK);
        assertThat(new ImageHasher(HashMode.CORE, auto).hash(jpeg, "photo.jpg"))
                .isEqualTo(new ImageHasher(HashMode.CORE, limits.using(JpegDecoder.TURBOJPEG)).hash(jpeg, "photo.jpg"));
        assertThatThrownBy(() -> limits.using(JpegDecoder.TURBOJPEG, missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("libturbojpeg-not-installed.so.9");
    }

    @Test
    void aCutFileStopsTheLibraryAndIsRefusedAsCutShort() throws IOException {
        byte[] jpeg = Encoded.jpeg(TestImages.image(300, 400), 0.9f, false);
        byte[] half = Arrays.copyOf(jpeg, jpeg.length / 2);

        assertThat(TurboJpegDecoder.standard().decode(half, "cut.jpg", limits, memory)).isNull();
        assertThatThrownBy(() -> limits.using(JpegDecoder.TURBOJPEG).decode(half, "cut.jpg"))
                .isInstanceOfSatisfying(BadImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(BadImageException.Reason.CORRUPT))
                .hasMessageStartingWith("cut.jpg: image data ends early");
    }

    @Test
    void damagedDataIsRefusedAsCorrupt() {
        byte[] jpeg = Encoded.jpeg(TestImages.image(300, 400), 0.9f, false);
        byte[] headerOnly = Arrays.copyOf(jpeg, 20);
        byte[] garbage = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x13, 0x37}, 4000);

        for (byte[] bad : List.of(headerOnly, garbage)) {
            assertThatThrownBy(() -> limits.using(JpegDecoder.TURBOJPEG).decode(bad, "bad.jpg"))
                    .isInstanceOfSatisfying(BadImageException.class,
                            e -> assertThat(e.reason()).isEqualTo(BadImageException.Reason.CORRUPT))
                    .hasMessageStartingWith("bad.jpg: ");
        }
    }

    @Test
    void aHeaderClaimingMorePixelsThanTheLimitIsRefusedBeforeDecoding() {
        byte[] jpeg = withDeclaredSize(Encoded.jpeg(TestImages.image(48, 64), 0.9f, false), 60_000, 60_000);

        long allocated = Allocations.by(() -> {
            assertThatThrownBy(() -> TurboJpegDecoder.standard().decode(jpeg, "bomb.jpg", limits, memory))
                    .isInstanceOfSatisfying(ImageTooLargeException.class, e -> {
                        assertThat(e.width()).isEqualTo(60_000);
                        assertThat(e.height()).isEqualTo(60_000);
                    });
            assertThatThrownBy(() -> new ImageHasher().hash(jpeg, "bomb.jpg"))
                    .isInstanceOf(ImageTooLargeException.class)
                    .hasMessageStartingWith("bomb.jpg: image is 60000×60000");
        });

        assertThat(allocated).as("bytes allocated while refusing").isLessThan(16L << 20);
    }

    @Test
    void largeImagesAreReducedByTheLibrarysScalingWithinAFewBits() throws IOException {
        byte[] photo = Encoded.jpeg(TestImages.image(3000, 4000), 0.9f, false);
        ImageDecoder reducing = limits.using(JpegDecoder.TURBOJPEG).reducingAbove(1_000_000);

        ImageDecoder.Decoded reduced = TurboJpegDecoder.standard().decode(photo, "photo.jpg", reducing, memory);
        reduced.reservation().close();
        PdqResult full = new ImageHasher(HashMode.CORE, limits.using(JpegDecoder.JDK)).hash(photo, "photo.jpg");

        assertThat(reduced.image().getWidth()).isEqualTo(1000);
        assertThat(reduced.image().getHeight()).isEqualTo(750);
        assertThat(new ImageHasher(HashMode.CORE, reducing).hash(photo, "photo.jpg").hash().distance(full.hash()))
                .isLessThanOrEqualTo(12);
    }

    @Test
    void cmykJpegsAreLeftToTheJdkDecoder() throws IOException {
        byte[] cmyk = Files.readAllBytes(ReferenceVectors.resource("fixtures/photo-like-cmyk.jpg"));

        assertThat(TurboJpegDecoder.standard().decode(cmyk, "cmyk.jpg", limits, memory)).isNull();
        assertThat(new ImageHasher(HashMode.CORE, limits.using(JpegDecoder.TURBOJPEG)).hash(cmyk, "cmyk.jpg"))
                .isEqualTo(new ImageHasher(HashMode.CORE, limits.using(JpegDecoder.JDK)).hash(cmyk, "cmyk.jpg"));
    }

    @Test
    void manyThreadsDecodingAtOnceEachGetTheirOwnPixels() throws Exception {
        List<byte[]> photos = List.of(Encoded.jpeg(TestImages.image(300, 400), 0.9f, false),
                Encoded.jpeg(TestImages.image(400, 300), 0.8f, false),
                Encoded.jpeg(TestImages.image(3000, 4000), 0.7f, false));
        ImageHasher turbo = new ImageHasher(HashMode.CORE, limits.using(JpegDecoder.TURBOJPEG));
        ImageHasher jdk = new ImageHasher(HashMode.CORE, limits.using(JpegDecoder.JDK));
        List<PdqResult> expected = photos.stream().map(p -> hash(jdk, p)).toList();

        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int which = i % photos.size();
                checks.add(threads.submit(() -> hash(turbo, photos.get(which)).equals(expected.get(which))));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        }
    }

    private BufferedImage decodedByTheLibrary(byte[] jpeg, String name) throws IOException {
        ImageDecoder.Decoded decoded = TurboJpegDecoder.standard().decode(jpeg, name, limits, memory);
        assertThat(decoded).as("decoded by libjpeg-turbo, not handed to the JDK's decoder").isNotNull();
        decoded.reservation().close();
        return decoded.image();
    }

    private static PdqResult hash(ImageHasher hasher, byte[] jpeg) {
        try {
            return hasher.hash(jpeg, "photo.jpg");
        } catch (BadImageException e) {
            throw new AssertionError(e);
        }
    }

    /** The samples, band by band within each pixel (red, green, blue; or grey), whatever the layout. */
    private static int[] pixels(BufferedImage image) {
        return image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
    }

    /** The JPEG with its frame header (SOF0) declaring another size. */
    private static byte[] withDeclaredSize(byte[] jpeg, int width, int height) {
        byte[] patched = jpeg.clone();
        for (int i = 2; i + 8 < patched.length; i++) {
            if (patched[i] == (byte) 0xFF && patched[i + 1] == (byte) 0xC0) {
                patched[i + 5] = (byte) (height >> 8);
                patched[i + 6] = (byte) height;
                patched[i + 7] = (byte) (width >> 8);
                patched[i + 8] = (byte) width;
                return patched;
            }
        }
        throw new IllegalArgumentException("no SOF0 marker");
    }
}
