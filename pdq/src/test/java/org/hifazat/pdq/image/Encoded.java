package org.hifazat.pdq.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.hifazat.pdq.ReferenceVectors;
import org.hifazat.pdq.TestImages;

/** Encodes test images in memory with the JDK's writers. */
final class Encoded {

    private Encoded() {
    }

    static byte[] as(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer for image type " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg(BufferedImage image, float quality, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        return write(writer, List.of(image), param);
    }

    static byte[] animatedGif(List<BufferedImage> frames) {
        return write(ImageIO.getImageWritersByFormatName("gif").next(), frames, null);
    }

    private static byte[] write(ImageWriter writer, List<BufferedImage> frames, ImageWriteParam param) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            if (frames.size() == 1) {
                writer.write(null, new IIOImage(frames.getFirst(), null, null), param);
            } else {
                writer.prepareWriteSequence(null);
                for (BufferedImage frame : frames) {
                    writer.writeToSequence(new IIOImage(frame, null, null), param);
                }
                writer.endWriteSequence();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The photo-like test image as a file of the given format: {@code png}, {@code bmp},
     * {@code gif} (through a palette), {@code jpeg}, {@code jpeg-progressive},
     * {@code png-16-bit-rgba} (black), or one of the fixtures of their own size: {@code jpeg-cmyk},
     * {@code webp-lossy}, {@code webp-lossless}.
     */
    static byte[] photo(String format, int rows, int cols) {
        BufferedImage photo = TestImages.image(rows, cols);
        try {
            return switch (format) {
                case "png-16-bit-rgba" -> blackRgba16Png(cols, rows);
                case "jpeg" -> jpeg(photo, 0.9f, false);
                case "jpeg-progressive" -> jpeg(photo, 0.9f, true);
                case "jpeg-cmyk" -> Files.readAllBytes(ReferenceVectors.resource("fixtures/photo-like-cmyk.jpg"));
                case "webp-lossy" -> Files.readAllBytes(ReferenceVectors.resource("fixtures/photo-like-lossy.webp"));
                case "webp-lossless" -> Files.readAllBytes(ReferenceVectors.resource("fixtures/photo-like-lossless.webp"));
                case "gif" -> {
                    BufferedImage indexed = new BufferedImage(cols, rows, BufferedImage.TYPE_BYTE_INDEXED);
                    indexed.setRGB(0, 0, cols, rows, TestImages.rgb(rows, cols), 0, cols);
                    yield as(indexed, "gif");
                }
                default -> as(photo, format);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A black 16-bit RGBA PNG, written row by row: 8 bytes a pixel once decoded, a thousandth of
     * that as a file. The kind of image a decompression bomb under the pixel limit is made of.
     */
    static byte[] blackRgba16Png(int width, int height) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            DataOutputStream out = new DataOutputStream(file);
            out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[]{16, 6, 0, 0, 0});
            pngChunk(out, "IHDR", header.toByteArray());
            ByteArrayOutputStream pixels = new ByteArrayOutputStream();
            byte[] row = new byte[1 + width * 8];
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                for (int y = 0; y < height; y++) {
                    deflate.write(row);
                }
            }
            pngChunk(out, "IDAT", pixels.toByteArray());
            pngChunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toByteArray();
    }

    private static void pngChunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
