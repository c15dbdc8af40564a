package org.hifazat.pdq.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes JPEG (including CMYK and progressive), PNG (grey, palette, 16-bit, alpha), GIF (first
 * frame), BMP and WebP into a {@link BufferedImage}, through ImageIO with the TwelveMonkeys
 * readers. Immutable and thread-safe.
 *
 * <p>Guards: the dimensions are read from the header first, and an image of more than
 * {@link #pixelLimit()} pixels is refused with {@link ImageTooLargeException} before anything is
 * allocated for its pixels. A file the decoder cannot read, or one that ends early, gives a
 * {@link BadImageException} naming it. EXIF orientation is not applied: PDQ hashes the stored
 * pixels, as the reference does.
 */
public final class ImageDecoder {

    /** The default pixel limit: 100 megapixels. */
    public static final long DEFAULT_PIXEL_LIMIT = 100_000_000L;

    static {
        // Registered explicitly rather than left to ServiceLoader: inside an application server or
        // a nested fat jar, the class loader ImageIO scans may not be the one that holds them.
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.registerServiceProvider(new com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi());
        registry.registerServiceProvider(new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi());
    }

    private final long pixelLimit;

    /** A decoder with the {@linkplain #DEFAULT_PIXEL_LIMIT default pixel limit}. */
    public ImageDecoder() {
        this(DEFAULT_PIXEL_LIMIT);
    }

    /** A decoder that refuses images of more than {@code pixelLimit} pixels. */
    public ImageDecoder(long pixelLimit) {
        if (pixelLimit <= 0) {
            throw new IllegalArgumentException("pixel limit must be positive, not " + pixelLimit);
        }
        this.pixelLimit = pixelLimit;
    }

    /** The largest number of pixels (width × height) this decoder accepts. */
    public long pixelLimit() {
        return pixelLimit;
    }

    /**
     * Decodes an image held in memory, e.g. an upload.
     *
     * @param name the file name or label used in error messages
     * @throws BadImageException if the bytes are not a readable image or are over the limit
     */
    public BufferedImage decode(byte[] bytes, String name) throws BadImageException {
        Objects.requireNonNull(bytes, "bytes");
        try {
            return decode(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)), name);
        } catch (BadImageException e) {
            throw e;
        } catch (IOException e) {
            // Reading a byte array cannot fail for any other reason than its content.
            throw new BadImageException(name, BadImageException.Reason.CORRUPT, describe(e), e);
        }
    }

    /**
     * Decodes an image from a stream, which is read (buffered in memory, never in temporary files)
     * but not closed.
     *
     * @param name the file name or label used in error messages
     * @throws BadImageException if the data is not a readable image or is over the limit
     * @throws IOException       if reading the stream itself fails
     */
    public BufferedImage decode(InputStream in, String name) throws IOException {
        Objects.requireNonNull(in, "in");
        return decode(new MemoryCacheImageInputStream(in), name);
    }

    /**
     * Decodes an image file.
     *
     * @throws BadImageException if the file is not a readable image or is over the limit
     * @throws IOException       if the file cannot be opened
     */
    public BufferedImage decode(Path file) throws IOException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(name, null, "not a regular file");
        }
        return decode(new FileImageInputStream(file.toFile()), name);
    }

    /**
     * Whether the file starts like an image one of the decoders reads; nothing is decoded. Lets a
     * caller tell images from other files, such as hash lists, by content rather than by name.
     */
    public boolean recognises(Path file) throws IOException {
        try (ImageInputStream input = new FileImageInputStream(file.toFile())) {
            return ImageIO.getImageReaders(input).hasNext();
        }
    }

    private BufferedImage decode(ImageInputStream input, String name) throws IOException {
        try (input) {
            ImageReader reader = readerFor(input, name);
            try {
                reader.setInput(input, true, true);
                return read(reader, name);
            } catch (BadImageException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                // Decoders signal damaged data with IIOException, EOFException, and, in some
                // plug-ins, runtime exceptions from inside the codec: all mean the same here.
                throw new BadImageException(name, BadImageException.Reason.CORRUPT, describe(e), e);
            } finally {
                reader.dispose();
            }
        }
    }

    private BufferedImage read(ImageReader reader, String name) throws IOException {
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new BadImageException(name, BadImageException.Reason.CORRUPT,
                    "image declares no pixels (" + width + "×" + height + ")", null);
        }
        if (width * height > pixelLimit) {
            throw new ImageTooLargeException(name, width, height, pixelLimit);
        }
        TruncationWatch watch = new TruncationWatch();
        reader.addIIOReadWarningListener(watch);
        BufferedImage image = reader.read(0, reader.getDefaultReadParam());
        if (watch.warning() != null) {
            throw new BadImageException(name, BadImageException.Reason.CORRUPT,
                    "image data is truncated (" + watch.warning() + ")", null);
        }
        return image;
    }

    private static ImageReader readerFor(ImageInputStream input, String name) throws IOException {
        input.mark();
        int first = input.read();
        input.reset();
        if (first < 0) {
            throw new BadImageException(name, BadImageException.Reason.UNSUPPORTED_FORMAT, "file is empty", null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            throw new BadImageException(name, BadImageException.Reason.UNSUPPORTED_FORMAT,
                    "not an image format this tool reads (JPEG, PNG, GIF, BMP, WebP)", null);
        }
        return readers.next();
    }

    private static String describe(Exception e) {
        StringBuilder s = new StringBuilder("cannot decode image (corrupt or truncated): ");
        s.append(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !s.toString().contains(cause.getMessage())) {
            s.append(": ").append(cause.getMessage());
        }
        return s.toString();
    }
}
