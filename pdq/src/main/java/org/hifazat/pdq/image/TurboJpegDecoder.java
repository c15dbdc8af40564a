package org.hifazat.pdq.image;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.hifazat.pdq.image.TurboJpegLibrary.ScalingFactor;

/**
 * Decodes baseline and progressive JPEGs (YCbCr, RGB, grey) through libjpeg-turbo, about twice as
 * fast as the JDK's decoder, into {@code TYPE_INT_RGB} or {@code TYPE_BYTE_GRAY} images. Colour
 * comes as one int a pixel rather than the JDK's three bytes because the hasher's luma loop
 * vectorises over ints (three to four times faster than over three-byte pixels), for a third more
 * memory; the values are the same.
 *
 * <p>The guards are those of {@link ImageDecoder}: declared sizes checked first, the pixel limit
 * from the header before any pixel is allocated, memory reserved from the shared budget, and
 * reduced decoding, here through the library's DCT scaling (the largest of 7/8, 3/4, ... 1/8 that
 * brings the image within the limit). Whatever this decoder does not handle itself it leaves to
 * the JDK's decoder by answering null: CMYK and YCCK files, a reduction the eighths cannot reach
 * without dropping more pixels than the JDK's subsampling, and any warning
 * or error from the library. Decoding stops at the first warning, so a file cut short is never
 * returned filled in grey; the JDK's decoder then reads it again and refuses it in its own words,
 * or accepts it where its warning was harmless (extraneous bytes), exactly as without this decoder.
 */
final class TurboJpegDecoder {

    private static final ScalingFactor FULL_SIZE = new ScalingFactor(1, 1);

    /** The library's pixel format whose bytes, read as native ints, are those of {@code TYPE_INT_RGB}. */
    private static final int PACKED_RGB = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
            ? TurboJpegLibrary.PIXEL_FORMAT_BGRX : TurboJpegLibrary.PIXEL_FORMAT_XRGB;

    private static final class Standard {
        static final TurboJpegDecoder INSTANCE = new TurboJpegDecoder(TurboJpegLibrary.standard());
    }

    private final TurboJpegLibrary library;
    private final TurboJpegSession.Pool sessions;

    TurboJpegDecoder(TurboJpegLibrary library) {
        if (!library.available()) {
            throw new IllegalStateException(library.unavailableBecause());
        }
        this.library = library;
        this.sessions = new TurboJpegSession.Pool(library);
    }

    /** The decoder of the {@linkplain TurboJpegLibrary#standard() standard library}, which must be available. */
    static TurboJpegDecoder standard() {
        return Standard.INSTANCE;
    }

    /** Whether {@code start} (at least the first three bytes of a file) is the start of a JPEG. */
    static boolean isJpeg(byte[] start) {
        return start.length >= 3 && start[0] == (byte) 0xFF && start[1] == (byte) 0xD8 && start[2] == (byte) 0xFF;
    }

    /**
     * Decodes a JPEG held in memory, with the limits of {@code limits}; or null where the JDK's
     * decoder is to decode it instead.
     *
     * @throws BadImageException      if a declared size is refused
     * @throws ImageTooLargeException if the header declares more pixels than the limit
     */
    ImageDecoder.Decoded decode(byte[] bytes, String name, ImageDecoder limits, DecodingMemory memory)
            throws IOException {
        try (ImageInputStream headers = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            DeclaredSizes.check(headers, name);
        }
        try (TurboJpegSession session = sessions.take(); Arena ownBuffers = Arena.ofConfined()) {
            MemorySegment jpeg = session.jpegBuffer(bytes.length);
            if (jpeg == null) {
                jpeg = ownBuffers.allocate(bytes.length);
            }
            MemorySegment.copy(bytes, 0, jpeg, JAVA_BYTE, 0, bytes.length);
            if (library.decompressHeader(session.handle(), jpeg, bytes.length, session.header(0), session.header(1),
                    session.header(2), session.header(3)) != 0) {
                session.failed();
                return null;
            }
            long width = session.headerValue(0);
            long height = session.headerValue(1);
            int colourSpace = session.headerValue(3);
            boolean grey = colourSpace == TurboJpegLibrary.COLOUR_SPACE_GRAY;
            if (!grey && colourSpace != TurboJpegLibrary.COLOUR_SPACE_YCBCR
                    && colourSpace != TurboJpegLibrary.COLOUR_SPACE_RGB) {
                return null;
            }
            if (width * height > limits.pixelLimit()) {
                throw new ImageTooLargeException(name, width, height, limits.pixelLimit());
            }
            ScalingFactor scale = scaleWithin(width, height, limits.fullSizeLimit());
            if (scale == null) {
                return null;
            }
            int cols = Math.toIntExact(scale.scale(width));
            int rows = Math.toIntExact(scale.scale(height));
            long pixelBytes = (long) cols * rows * (grey ? 1 : Integer.BYTES);
            if (pixelBytes > Integer.MAX_VALUE - 16) {
                return null;
            }
            DecodingMemory.Reservation reservation = memory.reserve((long) cols * rows);
            try {
                MemorySegment pixels = session.pixelBuffer(pixelBytes);
                if (pixels == null) {
                    pixels = ownBuffers.allocate(pixelBytes);
                }
                int format = grey ? TurboJpegLibrary.PIXEL_FORMAT_GRAY : PACKED_RGB;
                int flags = TurboJpegLibrary.FLAG_STOP_ON_WARNING | TurboJpegLibrary.FLAG_LIMIT_SCANS;
                if (library.decompress(session.handle(), jpeg, bytes.length, pixels, cols, 0, rows, format, flags) != 0) {
                    reservation.close();
                    session.failed();
                    return null;
                }
                BufferedImage image = new BufferedImage(cols, rows,
                        grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
                if (grey) {
                    byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                    MemorySegment.copy(pixels, JAVA_BYTE, 0, data, 0, data.length);
                } else {
                    int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                    MemorySegment.copy(pixels, JAVA_INT_UNALIGNED, 0, data, 0, data.length);
                }
                return new ImageDecoder.Decoded(image, reservation);
            } catch (RuntimeException | Error e) {
                reservation.close();
                throw e;
            }
        }
    }

    /**
     * The largest factor of at most 1 that brings the image within {@code limit} pixels; or null
     * where that keeps fewer pixels than the JDK's subsampling would (the factors are eighths, so
     * a limit just under a quarter of the image means 1/8), as fewer pixels move the hash further.
     */
    private ScalingFactor scaleWithin(long width, long height, long limit) {
        if (width * height <= limit) {
            return FULL_SIZE;
        }
        ScalingFactor best = null;
        for (ScalingFactor f : library.scalingFactors()) {
            boolean reduces = f.num() <= f.denom();
            boolean larger = best == null || (long) f.num() * best.denom() > (long) best.num() * f.denom();
            if (reduces && larger && f.scale(width) * f.scale(height) <= limit) {
                best = f;
            }
        }
        int step = ImageDecoder.subsamplingStep(width, height, limit);
        long subsampled = Math.ceilDiv(width, step) * Math.ceilDiv(height, step);
        return best != null && best.scale(width) * best.scale(height) >= subsampled ? best : null;
    }
}
