package org.hifazat.pdq.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.TestImages;

/** Decodes in progress share one memory budget: a decode waits until its pixels fit in it. */
class DecodingMemoryTest {

    private static final long MEGABYTE = 1L << 20;

    @Test
    void aDecodeWaitsWhileOthersHoldTheMemoryItsPixelsNeed() throws Exception {
        DecodingMemory memory = new DecodingMemory(8 * MEGABYTE);
        ImageHasher hasher = new ImageHasher(HashMode.CORE,
                new ImageDecoder(ImageDecoder.DEFAULT_PIXEL_LIMIT, Long.MAX_VALUE, memory));
        byte[] photo = Encoded.jpeg(TestImages.image(600, 800), 0.9f, false);

        CompletableFuture<?> waiting;
        try (DecodingMemory.Reservation others = memory.reserve(400_000)) {
            waiting = CompletableFuture.runAsync(() -> hash(hasher, photo));
            Thread.sleep(300);
            assertThat(waiting).as("a 480,000-pixel decode while 6.4 of 8 MB are taken").isNotDone();
        }
        waiting.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anImageNeedingMoreThanTheWholeBudgetTakesAllOfItAndRunsAlone() throws Exception {
        DecodingMemory memory = new DecodingMemory(2 * MEGABYTE);
        ImageDecoder decoder = new ImageDecoder(ImageDecoder.DEFAULT_PIXEL_LIMIT, Long.MAX_VALUE, memory);

        BufferedImage image = CompletableFuture.supplyAsync(() -> decode(decoder, Encoded.as(TestImages.image(600, 800), "png")))
                .get(10, TimeUnit.SECONDS);

        assertThat(image.getWidth()).isEqualTo(800);
        CompletableFuture<?> small;
        try (DecodingMemory.Reservation all = CompletableFuture.supplyAsync(() -> memory.reserve(Long.MAX_VALUE))
                .get(5, TimeUnit.SECONDS)) {
            small = CompletableFuture.runAsync(() -> decode(decoder, Encoded.as(TestImages.image(8, 8), "png")));
            Thread.sleep(300);
            assertThat(small).as("a small decode while the whole budget is taken").isNotDone();
        }
        small.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRefusedImageGivesItsReservationBack() throws Exception {
        DecodingMemory memory = new DecodingMemory(2 * MEGABYTE);
        ImageDecoder decoder = new ImageDecoder(ImageDecoder.DEFAULT_PIXEL_LIMIT, Long.MAX_VALUE, memory);
        byte[] png = Encoded.as(TestImages.image(300, 400), "png");
        byte[] cut = java.util.Arrays.copyOf(png, png.length / 2);

        for (int i = 0; i < 3; i++) {
            CompletableFuture.runAsync(() -> {
                try {
                    decoder.decode(cut, "cut.png");
                } catch (BadImageException expected) {
                    return;
                }
                throw new AssertionError("a cut file was decoded");
            }).get(10, TimeUnit.SECONDS);
        }
    }

    private static void hash(ImageHasher hasher, byte[] file) {
        try {
            hasher.hash(file, "photo.jpg");
        } catch (BadImageException e) {
            throw new AssertionError(e);
        }
    }

    private static BufferedImage decode(ImageDecoder decoder, byte[] file) {
        try {
            return decoder.decode(file, "photo.png");
        } catch (BadImageException e) {
            throw new AssertionError(e);
        }
    }
}
