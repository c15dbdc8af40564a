package org.hifazat.pdq.image;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.stream.ImageInputStream;

/**
 * Compares what a file's headers declare with what the file holds, before a decoder trusts them.
 *
 * <ul>
 * <li>An embedded ICC colour profile whose own header declares more bytes than the file holds for
 * it is refused. The TwelveMonkeys JPEG and WebP readers allocate a profile's declared size before
 * reading it, so a 400-byte segment claiming a gigabyte would cost a gigabyte, or end in an
 * {@link OutOfMemoryError}. Checked here, the largest profile a JPEG can make them allocate is what
 * its APP2 segments can hold (255 of 64 KB), and in a WebP what the file holds. PNG needs no check:
 * with metadata ignored, the JDK's reader skips the iCCP chunk.
 * <li>A WebP shorter than its RIFF header declares is refused as cut short: the TwelveMonkeys
 * lossless decoder reads a cut file to the end as if the rest were there, and returns a wrong image.
 * </ul>
 */
final class DeclaredSizes {

    private static final byte[] JPEG_ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    private static final int APP2 = 0xE2;
    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;

    private DeclaredSizes() {
    }

    /** Reads the headers from the stream's current position and puts the position back. */
    static void check(ImageInputStream in, String name) throws IOException {
        in.mark();
        ByteOrder order = in.getByteOrder();
        try {
            int first = in.read();
            int second = in.read();
            if (first == 0xFF && second == 0xD8) {
                checkJpeg(in, name);
            } else if (first == 'R' && second == 'I') {
                checkWebp(in, name);
            }
        } catch (EOFException e) {
            // A header cut short: the decoder says so, naming it.
        } finally {
            in.setByteOrder(order);
            in.reset();
        }
    }

    /** Segments up to the first scan; a profile may be split over several APP2 segments. */
    private static void checkJpeg(ImageInputStream in, String name) throws IOException {
        in.setByteOrder(ByteOrder.BIG_ENDIAN);
        long declared = -1;
        long held = 0;
        int marker;
        while ((marker = nextMarker(in)) >= 0 && marker != START_OF_SCAN && marker != END_OF_IMAGE) {
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            int length = in.readUnsignedShort();
            long end = in.getStreamPosition() + length - 2;
            if (marker == APP2 && length - 2 >= JPEG_ICC.length + 2 && iccIdentifier(in)) {
                int sequence = in.readUnsignedByte();
                in.readUnsignedByte();
                long bytes = end - in.getStreamPosition();
                if (bytes >= 4 && (declared < 0 || sequence == 1)) {
                    declared = in.readInt() & 0xFFFF_FFFFL;
                }
                held += bytes;
            }
            in.seek(end);
        }
        refuseIfShort(declared, held, name);
    }

    /** The RIFF length, then chunks up to the image data; the profile is the "ICCP" chunk. */
    private static void checkWebp(ImageInputStream in, String name) throws IOException {
        in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
        in.seek(4);
        long riffSize = in.readUnsignedInt();
        if (!"WEBP".equals(fourCc(in))) {
            return;
        }
        long held = 4 + readable(in, riffSize - 4);
        if (held < riffSize) {
            throw new BadImageException(name, BadImageException.Reason.CORRUPT, String.format(
                    "image data ends early: the file is cut short (its header declares %,d bytes, it holds %,d)",
                    riffSize + 8, held + 8), null);
        }
        in.seek(12);
        while (true) {
            String chunk = fourCc(in);
            long size = in.readUnsignedInt();
            long start = in.getStreamPosition();
            if (chunk.equals("VP8 ") || chunk.equals("VP8L")) {
                return;
            }
            if (chunk.equals("ICCP") && size >= 4) {
                in.setByteOrder(ByteOrder.BIG_ENDIAN);
                long declared = in.readUnsignedInt();
                in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
                refuseIfShort(declared, 4 + readable(in, Math.min(size, declared) - 4), name);
            }
            in.seek(start + size + (size & 1));
        }
    }

    private static void refuseIfShort(long declared, long held, String name) throws BadImageException {
        if (declared > held) {
            throw new BadImageException(name, BadImageException.Reason.CORRUPT, String.format(
                    "bad colour profile: its header declares %,d bytes, but the file holds %,d for it", declared, held),
                    null);
        }
    }

    /** The next marker code after 0xFF (fill bytes skipped), or -1 at the end of the data. */
    private static int nextMarker(ImageInputStream in) throws IOException {
        int b;
        do {
            b = in.read();
        } while (b >= 0 && b != 0xFF);
        while (b == 0xFF) {
            b = in.read();
        }
        return b;
    }

    private static boolean iccIdentifier(ImageInputStream in) throws IOException {
        byte[] id = new byte[JPEG_ICC.length];
        in.readFully(id);
        return Arrays.equals(id, JPEG_ICC);
    }

    private static String fourCc(ImageInputStream in) throws IOException {
        byte[] code = new byte[4];
        in.readFully(code);
        return new String(code, StandardCharsets.ISO_8859_1);
    }

    /** How many of the next {@code wanted} bytes are there, reading no further than that. */
    private static long readable(ImageInputStream in, long wanted) throws IOException {
        byte[] buffer = new byte[8192];
        long read = 0;
        while (read < wanted) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, wanted - read));
            if (n < 0) {
                break;
            }
            read += n;
        }
        return read;
    }
}
