package org.hifazat.pdq.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.hifazat.pdq.ReferenceVectors;
import org.hifazat.pdq.TestImages;

/** Decompression bombs, damaged files and non-images are refused with an error naming them. */
class ImageGuardsTest {

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void refusesAnImageOverThePixelLimitAndAcceptsOneExactlyAtIt() throws IOException {
        ImageDecoder limited = new ImageDecoder(20_000);
        byte[] exactly = Encoded.as(TestImages.image(100, 200), "png");
        byte[] over = Encoded.as(TestImages.image(101, 200), "png");

        assertThat(limited.decode(exactly, "exactly.png").getWidth()).isEqualTo(200);
        assertThatThrownBy(() -> limited.decode(over, "over.png"))
                .isInstanceOfSatisfying(ImageTooLargeException.class, e -> {
                    assertThat(e.width()).isEqualTo(200);
                    assertThat(e.height()).isEqualTo(101);
                    assertThat(e.pixelLimit()).isEqualTo(20_000);
                    assertThat(e.reason()).isEqualTo(BadImageException.Reason.TOO_LARGE);
                })
                .hasMessageStartingWith("over.png: ")
                .hasMessageContaining("20,200 pixels")
                .hasMessageContaining("limit of 20,000");
    }

    @Test
    void refusesAPngBombFromItsHeaderWithoutAllocatingThePixels() {
        byte[] bomb = pngClaiming(Encoded.as(TestImages.image(8, 8), "png"), 100_000, 100_000);

        long allocated = Allocations.by(() -> assertThatThrownBy(() -> decoder.decode(bomb, "bomb.png"))
                .isInstanceOfSatisfying(ImageTooLargeException.class,
                        e -> assertThat(e.width() * e.height()).isEqualTo(10_000_000_000L))
                .hasMessageStartingWith("bomb.png: "));

        assertThat(allocated).as("bytes allocated while refusing").isLessThan(16L << 20);
    }

    @Test
    void readsTheSizeAnImageDeclaresWithoutDecodingIt() throws IOException {
        byte[] bomb = pngClaiming(Encoded.as(TestImages.image(8, 8), "png"), 100_000, 90_000);
        java.awt.Dimension[] size = new java.awt.Dimension[1];

        long allocated = Allocations.by(() -> {
            try {
                size[0] = decoder.size(bomb, "bomb.png");
            } catch (BadImageException e) {
                throw new AssertionError(e);
            }
        });

        assertThat(size[0]).isEqualTo(new java.awt.Dimension(100_000, 90_000));
        assertThat(allocated).isLessThan(16L << 20);
        assertThatThrownBy(() -> decoder.size("text".getBytes(), "notes.txt"))
                .isInstanceOf(BadImageException.class).hasMessageStartingWith("notes.txt: not an image");
    }

    @Test
    void refusesAJpegBombFromItsHeaderWithoutAllocatingThePixels() {
        byte[] bomb = jpegClaiming(Encoded.jpeg(TestImages.image(16, 16), 0.9f, false), 60_000, 60_000);

        long allocated = Allocations.by(() -> assertThatThrownBy(() -> decoder.decode(bomb, "bomb.jpg"))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessageStartingWith("bomb.jpg: "));

        assertThat(allocated).as("bytes allocated while refusing").isLessThan(16L << 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bridge-1-original.jpg", "bridge-2-rotate-90.jpg", "pen-and-coaster.png"})
    void reportsATruncatedSampleFileAsCorruptNamingIt(String sample) throws IOException {
        byte[] whole = Files.readAllBytes(ReferenceVectors.resource("vectors/images/" + sample));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> decoder.decode(half, "cut-" + sample))
                .isInstanceOfSatisfying(BadImageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(BadImageException.Reason.CORRUPT);
                    assertThat(e.source()).isEqualTo("cut-" + sample);
                })
                .hasMessageStartingWith("cut-" + sample + ": ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "bmp", "webp", "jpeg-progressive"})
    void reportsTruncatedFilesOfOtherFormatsAsCorrupt(String format) throws IOException {
        byte[] whole = switch (format) {
            case "webp" -> Files.readAllBytes(ReferenceVectors.resource("fixtures/photo-like-lossy.webp"));
            case "jpeg-progressive" -> Encoded.jpeg(TestImages.image(300, 400), 0.9f, true);
            case "gif" -> {
                java.awt.image.BufferedImage indexed = new java.awt.image.BufferedImage(400, 300,
                        java.awt.image.BufferedImage.TYPE_BYTE_INDEXED);
                indexed.setRGB(0, 0, 400, 300, TestImages.rgb(300, 400), 0, 400);
                yield Encoded.as(indexed, "gif");
            }
            default -> Encoded.as(TestImages.image(300, 400), format);
        };
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> decoder.decode(half, "cut." + format))
                .isInstanceOf(BadImageException.class)
                .hasMessageStartingWith("cut." + format + ": ");
    }

    @Test
    void reportsDataThatIsNoImageAsAnUnsupportedFormat() {
        byte[] text = "hash,quality,name\n".repeat(20).getBytes();

        assertThatThrownBy(() -> decoder.decode(text, "notes.jpg"))
                .isInstanceOfSatisfying(BadImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(BadImageException.Reason.UNSUPPORTED_FORMAT))
                .hasMessage("notes.jpg: not an image format this tool reads (JPEG, PNG, GIF, BMP, WebP)");
    }

    @Test
    void reportsAnEmptyFileAsEmpty(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.png"));

        assertThatThrownBy(() -> decoder.decode(empty))
                .isInstanceOf(BadImageException.class)
                .hasMessage(empty + ": file is empty");
    }

    @Test
    void reportsAMissingFileAsAnIoErrorNotABadImage(@TempDir Path dir) {
        assertThatThrownBy(() -> decoder.decode(dir.resolve("missing.jpg")))
                .isInstanceOf(NoSuchFileException.class)
                .isNotInstanceOf(BadImageException.class);
    }

    @Test
    void reportsCorruptDataInsideAValidHeaderNamingTheStream() throws IOException {
        byte[] png = Encoded.as(TestImages.image(120, 160), "png");
        byte[] damaged = png.clone();
        for (int i = 60; i < damaged.length - 20; i += 7) {
            damaged[i] ^= 0x5a;
        }

        assertThatThrownBy(() -> decoder.decode(new ByteArrayInputStream(damaged), "upload-17"))
                .isInstanceOf(BadImageException.class)
                .hasMessageStartingWith("upload-17: ");
    }

    @Test
    void recognisesImagesByContentNotName(@TempDir Path dir) throws IOException {
        Path image = Files.write(dir.resolve("image.txt"), Encoded.as(TestImages.image(20, 20), "png"));
        Path text = Files.writeString(dir.resolve("list.png"), "0".repeat(64) + "\n");

        assertThat(decoder.recognises(image)).isTrue();
        assertThat(decoder.recognises(text)).isFalse();
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> new ImageDecoder(0)).isInstanceOf(IllegalArgumentException.class);
    }


    /** The PNG with its IHDR width and height replaced (and the chunk's CRC recomputed). */
    private static byte[] pngClaiming(byte[] png, int width, int height) {
        byte[] out = png.clone();
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height at 16 and 20.
        writeInt(out, 16, width);
        writeInt(out, 20, height);
        CRC32 crc = new CRC32();
        crc.update(out, 12, 17);
        writeInt(out, 29, (int) crc.getValue());
        return out;
    }

    /** The JPEG with its SOF0 height and width replaced. */
    private static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 9 < out.length; i++) {
            if ((out[i] & 0xff) == 0xff && (out[i + 1] & 0xff) == 0xc0) {
                out[i + 5] = (byte) (height >> 8);
                out[i + 6] = (byte) height;
                out[i + 7] = (byte) (width >> 8);
                out[i + 8] = (byte) width;
                return out;
            }
        }
        throw new IllegalStateException("no SOF0 marker");
    }

    private static void writeInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
