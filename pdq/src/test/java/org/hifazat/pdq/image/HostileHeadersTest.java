package org.hifazat.pdq.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.hifazat.pdq.ReferenceVectors;
import org.hifazat.pdq.TestImages;

/**
 * What a header may make the decoders allocate is bounded, and a refusal says what is wrong: a
 * colour profile that claims more than the file holds, data that ends early.
 */
class HostileHeadersTest {

    private static final long GIGABYTE = 1_000_000_000L;

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void aJpegColourProfileClaimingAGigabyteIsRefusedWithoutAllocatingIt() {
        byte[] jpeg = jpegWithProfile(400, GIGABYTE);

        long allocated = Allocations.by(() -> assertThatThrownBy(() -> new ImageHasher().hash(jpeg, "profile.jpg"))
                .isInstanceOfSatisfying(BadImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(BadImageException.Reason.CORRUPT))
                .hasMessage("profile.jpg: bad colour profile: its header declares 1,000,000,000 bytes,"
                        + " but the file holds 400 for it"));

        assertThat(allocated).as("bytes allocated while refusing").isLessThan(16L << 20);
    }

    @Test
    void aWebpColourProfileClaimingAGigabyteIsRefusedWithoutAllocatingIt() throws IOException {
        byte[] webp = webpWithProfile(200, GIGABYTE, 200);
        byte[] chunkClaimingAsMuch = webpWithProfile(200, GIGABYTE, GIGABYTE);

        long allocated = Allocations.by(() -> {
            assertThatThrownBy(() -> decoder.decode(webp, "profile.webp"))
                    .isInstanceOf(BadImageException.class)
                    .hasMessageContaining("profile.webp: bad colour profile: its header declares 1,000,000,000 bytes");
            assertThatThrownBy(() -> decoder.decode(chunkClaimingAsMuch, "chunk.webp"))
                    .isInstanceOf(BadImageException.class)
                    .hasMessageContaining("chunk.webp: bad colour profile");
        });

        assertThat(allocated).as("bytes allocated while refusing").isLessThan(16L << 20);
    }

    @Test
    void aProfileThatHoldsWhatItDeclaresIsLeftToTheDecoderWhichIgnoresABadOne() throws IOException {
        BufferedImage photo = TestImages.image(48, 64);
        byte[] plain = Encoded.jpeg(photo, 0.9f, false);

        assertThat(decoder.decode(withProfileSegment(plain, 400, 400), "junk-profile.jpg").getWidth())
                .isEqualTo(64);
    }

    @Test
    void aProfileSplitOverSeveralSegmentsCountsThemAll() throws IOException {
        byte[] plain = Encoded.jpeg(TestImages.image(48, 64), 0.9f, false);
        byte[] twoSegments = withProfileSegment(withProfileSegment(plain, 300, -1), 400, 700);

        assertThat(decoder.decode(twoSegments, "two-segments.jpg").getWidth()).isEqualTo(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "jpeg-progressive", "png", "gif", "bmp", "webp-lossy", "webp-lossless"})
    void aFileCutShortAnywhereSaysWhatIsWrongInWords(String format) throws IOException {
        byte[] whole = Encoded.photo(format, 120, 160);
        List<String> bare = new ArrayList<>();
        for (int length = 1; length < whole.length; length += Math.max(1, whole.length / 97)) {
            try {
                decoder.decode(Arrays.copyOf(whole, length), "cut");
            } catch (BadImageException e) {
                String reason = e.getMessage().substring("cut: ".length());
                if (reason.matches("(?s).*: \\w*(Exception|Error)\\)?$") || !reason.matches(
                        "(?s)^(image data ends early|damaged image data|bad colour profile|not an image|image declares).*")) {
                    bare.add(length + " bytes: " + reason);
                }
            }
        }
        assertThat(bare).as("refusals that name only an exception, or no reason").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"webp-lossy", "webp-lossless"})
    void aCutWebpIsRefusedRatherThanDecodedWithTheRestMadeUp(String format) throws IOException {
        byte[] whole = Encoded.photo(format, 120, 160);

        for (int length : new int[]{whole.length / 10, whole.length / 2, whole.length - 1}) {
            assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(whole, length), "cut.webp"))
                    .as("%d of %d bytes", length, whole.length)
                    .hasMessageStartingWith("cut.webp: image data ends early");
        }
    }

    @Test
    void aCutFileSaysItEndsEarly() throws IOException {
        byte[] whole = Files.readAllBytes(ReferenceVectors.resource("vectors/images/bridge-1-original.jpg"));

        assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(whole, whole.length / 2), "half.jpg"))
                .hasMessageStartingWith("half.jpg: image data ends early");
    }

    /** A small JPEG with one APP2 ICC segment of {@code held} bytes whose header declares {@code declared}. */
    private static byte[] jpegWithProfile(int held, long declared) {
        return withProfileSegment(Encoded.jpeg(TestImages.image(48, 64), 0.9f, false), held, declared);
    }

    /**
     * The JPEG with an ICC segment inserted after its start marker (so before any earlier one): its
     * profile bytes carry the ICC signature, and the declared size unless {@code declared} is -1.
     */
    private static byte[] withProfileSegment(byte[] jpeg, int held, long declared) {
        byte[] profile = new byte[held];
        if (declared >= 0) {
            writeBigEndian(profile, 0, declared);
        }
        profile[36] = 'a';
        profile[37] = 'c';
        profile[38] = 's';
        profile[39] = 'p';
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 12 + 2 + held;
        out.write(0xFF);
        out.write(0xE2);
        out.write(length >> 8);
        out.write(length);
        out.writeBytes("ICC_PROFILE\0".getBytes());
        out.write(declared >= 0 ? 1 : 2);
        out.write(2);
        out.writeBytes(profile);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The lossy WebP fixture in an extended container with an ICCP chunk. */
    private static byte[] webpWithProfile(int held, long declared, long chunkSize) throws IOException {
        byte[] lossy = Files.readAllBytes(ReferenceVectors.resource("fixtures/photo-like-lossy.webp"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes());
        body.writeBytes("VP8X".getBytes());
        body.writeBytes(littleEndian(10));
        body.writeBytes(new byte[]{0x20, 0, 0, 0, (byte) (320 - 1), 0, 0, (byte) (240 - 1), 0, 0});
        body.writeBytes("ICCP".getBytes());
        body.writeBytes(littleEndian(chunkSize));
        byte[] profile = new byte[held];
        writeBigEndian(profile, 0, declared);
        profile[36] = 'a';
        profile[37] = 'c';
        profile[38] = 's';
        profile[39] = 'p';
        body.writeBytes(profile);
        body.write(lossy, 12, lossy.length - 12);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("RIFF".getBytes());
        file.writeBytes(littleEndian(body.size()));
        body.writeTo(file);
        return file.toByteArray();
    }

    private static byte[] littleEndian(long v) {
        return new byte[]{(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    private static void writeBigEndian(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
