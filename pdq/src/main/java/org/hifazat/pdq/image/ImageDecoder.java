package org.hifazat.pdq.image;

import java.awt.Dimension;
import java.awt.color.CMMException;
import java.awt.color.ProfileDataException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
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
 * allocated for its pixels; so is an embedded colour profile that claims more bytes than the file
 * holds, and a WebP shorter than its header says. Decodes in progress share a memory budget (half the heap), reserved from the header
 * before the pixels are allocated, so that many threads with large images wait for one another
 * instead of running out of memory together. A file the decoder cannot read, or one that ends
 * early, gives a {@link BadImageException} naming it and saying what is wrong. EXIF orientation is
 * not applied: PDQ hashes the stored pixels, as the reference does.
 *
 * <p>A decoder made with {@link #reducingAbove(long)} decodes a larger image at a reduced size (see
 * there): memory then stays bounded whatever the image, at the price of a hash a few bits away from
 * the full-size one.
 *
 * <p>JPEG files are decoded through libjpeg-turbo where its TurboJPEG library can be loaded (about
 * twice as fast, with the same guards), otherwise by the JDK's decoder: see {@link JpegDecoder} and
 * {@link #using(JpegDecoder)}. The default choice is the {@value JpegDecoder#PROPERTY} system
 * property's, {@code auto} where it is not set.
 */
public final class ImageDecoder {

    /** The default pixel limit: 100 megapixels. */
    public static final long DEFAULT_PIXEL_LIMIT = 100_000_000L;

    /**
     * JPEG files up to this size are read whole for libjpeg-turbo (a 100-megapixel photo is a few
     * tens of megabytes); larger ones, more likely junk than photos, stream to the JDK's decoder
     * rather than each occupy the heap whole on every thread of a batch.
     */
    private static final long MAX_JPEG_IN_MEMORY = 128L << 20;

    static {
        // Registered explicitly rather than left to ServiceLoader: inside an application server or
        // a nested fat jar, the class loader ImageIO scans may not be the one that holds them.
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.registerServiceProvider(new com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi());
        registry.registerServiceProvider(new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi());
    }

    private final long pixelLimit;
    private final long fullSizeLimit;
    private final DecodingMemory memory;
    /** The fast JPEG decoder, or null where JPEGs go to the JDK's decoder. */
    private final TurboJpegDecoder turboJpeg;

    /** A decoder with the {@linkplain #DEFAULT_PIXEL_LIMIT default pixel limit}. */
    public ImageDecoder() {
        this(DEFAULT_PIXEL_LIMIT);
    }

    /** A decoder that refuses images of more than {@code pixelLimit} pixels. */
    public ImageDecoder(long pixelLimit) {
        this(pixelLimit, Long.MAX_VALUE, DecodingMemory.shared());
    }

    ImageDecoder(long pixelLimit, long fullSizeLimit, DecodingMemory memory) {
        this(pixelLimit, fullSizeLimit, memory,
                turboJpegFor(JpegDecoder.fromSystemProperty(), TurboJpegLibrary.standard()));
    }

    private ImageDecoder(long pixelLimit, long fullSizeLimit, DecodingMemory memory, TurboJpegDecoder turboJpeg) {
        this.pixelLimit = positive(pixelLimit, "pixel limit");
        this.fullSizeLimit = positive(fullSizeLimit, "full-size limit");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.turboJpeg = turboJpeg;
    }

    /**
     * This decoder, with JPEGs decoded as {@code choice} says.
     *
     * @throws IllegalStateException for {@link JpegDecoder#TURBOJPEG} where the library cannot be
     *                               loaded, saying why
     */
    public ImageDecoder using(JpegDecoder choice) {
        return using(choice, TurboJpegLibrary.standard());
    }

    /** {@link #using(JpegDecoder)} with another library, e.g. one that cannot be loaded. */
    ImageDecoder using(JpegDecoder choice, TurboJpegLibrary library) {
        return new ImageDecoder(pixelLimit, fullSizeLimit, memory, turboJpegFor(choice, library));
    }

    private static TurboJpegDecoder turboJpegFor(JpegDecoder choice, TurboJpegLibrary library) {
        return switch (Objects.requireNonNull(choice, "choice")) {
            case JDK -> null;
            case AUTO -> library.available() ? decoderOf(library) : null;
            case TURBOJPEG -> {
                if (!library.available()) {
                    throw new IllegalStateException("cannot decode JPEGs through libjpeg-turbo: "
                            + library.unavailableBecause());
                }
                yield decoderOf(library);
            }
        };
    }

    private static TurboJpegDecoder decoderOf(TurboJpegLibrary library) {
        return library == TurboJpegLibrary.standard() ? TurboJpegDecoder.standard() : new TurboJpegDecoder(library);
    }

    /** Which decoder reads JPEGs: {@link JpegDecoder#TURBOJPEG} or {@link JpegDecoder#JDK}, never AUTO. */
    public JpegDecoder jpegDecoder() {
        return turboJpeg != null ? JpegDecoder.TURBOJPEG : JpegDecoder.JDK;
    }

    /**
     * This decoder, except that an image of more than {@code pixels} pixels (and no more than the
     * pixel limit) is decoded at a reduced size: every s-th pixel of every s-th row, through the
     * reader's source subsampling, with s the smallest whole number that brings it within
     * {@code pixels}. The readers still go through all the data, but never hold more than the
     * reduced image, so a small file that unpacks to 100 megapixels costs a few megabytes.
     *
     * <p>PDQ hashes a 64×64 summary of the image, and a reduced image keeps what that summary
     * shows, but not the reference's exact float sums: its hash is typically a few bits from the
     * full-size hash (like that of the specification's "cli" variant, which squashes large images
     * to 512×512), far inside the usual match radius of 31, but not bit for bit the same. Images of
     * at most {@code pixels} pixels are decoded at full size and hash exactly as the reference does.
     */
    public ImageDecoder reducingAbove(long pixels) {
        return new ImageDecoder(pixelLimit, pixels, memory, turboJpeg);
    }

    /** The largest number of pixels (width × height) this decoder accepts. */
    public long pixelLimit() {
        return pixelLimit;
    }

    /** The most pixels decoded at full size; larger images are reduced. Unlimited by default. */
    public long fullSizeLimit() {
        return fullSizeLimit;
    }

    /**
     * Decodes an image held in memory, e.g. an upload.
     *
     * @param name the file name or label used in error messages
     * @throws BadImageException if the bytes are not a readable image or are over the limit
     */
    public BufferedImage decode(byte[] bytes, String name) throws BadImageException {
        return decode(bytes, name, Function.identity());
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
        return decode(in, name, Function.identity());
    }

    /**
     * Decodes an image file.
     *
     * @throws BadImageException if the file is not a readable image or is over the limit
     * @throws IOException       if the file cannot be opened
     */
    public BufferedImage decode(Path file) throws IOException {
        return decode(file, Function.identity());
    }

    /**
     * The width and height an image's header declares, read without decoding anything, so that a
     * caller can weigh several images before decoding any of them.
     *
     * @throws BadImageException if the bytes are not an image whose header can be read
     */
    public Dimension size(byte[] bytes, String name) throws BadImageException {
        Objects.requireNonNull(bytes, "bytes");
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(input, name);
            try {
                reader.setInput(input, true, true);
                return new Dimension(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (BadImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BadImageException(name, BadImageException.Reason.CORRUPT, describe(e), e);
        }
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

    /** Decodes, and hands the pixels to {@code use} while their memory is still reserved. */
    <T> T decode(byte[] bytes, String name, Function<BufferedImage, T> use) throws BadImageException {
        Objects.requireNonNull(bytes, "bytes");
        try {
            if (turboJpeg != null && TurboJpegDecoder.isJpeg(bytes)) {
                Decoded decoded = turboJpeg.decode(bytes, name, this, memory);
                if (decoded != null) {
                    return handOver(decoded, use);
                }
            }
            return decode(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)), name, use);
        } catch (BadImageException e) {
            throw e;
        } catch (IOException e) {
            // Reading a byte array cannot fail for any other reason than its content.
            throw new BadImageException(name, BadImageException.Reason.CORRUPT, describe(e), e);
        }
    }

    <T> T decode(InputStream in, String name, Function<BufferedImage, T> use) throws IOException {
        Objects.requireNonNull(in, "in");
        if (turboJpeg != null) {
            PushbackInputStream peeking = new PushbackInputStream(in, 3);
            byte[] start = peeking.readNBytes(3);
            peeking.unread(start);
            if (TurboJpegDecoder.isJpeg(start)) {
                return decode(peeking.readAllBytes(), name, use);
            }
            in = peeking;
        }
        return decode(new MemoryCacheImageInputStream(in), name, use);
    }

    <T> T decode(Path file, Function<BufferedImage, T> use) throws IOException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(name, null, "not a regular file");
        }
        if (turboJpeg != null && Files.size(file) <= MAX_JPEG_IN_MEMORY && startsAsJpeg(file)) {
            return decode(Files.readAllBytes(file), name, use);
        }
        return decode(new FileImageInputStream(file.toFile()), name, use);
    }

    private <T> T decode(ImageInputStream input, String name, Function<BufferedImage, T> use) throws IOException {
        return handOver(decode(input, name), use);
    }

    private static <T> T handOver(Decoded decoded, Function<BufferedImage, T> use) {
        try (DecodingMemory.Reservation reservation = decoded.reservation()) {
            return use.apply(decoded.image());
        }
    }

    private static boolean startsAsJpeg(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TurboJpegDecoder.isJpeg(in.readNBytes(3));
        }
    }

    /** Pixels, and the memory reserved for them until the caller is done with them. */
    record Decoded(BufferedImage image, DecodingMemory.Reservation reservation) {
    }

    private Decoded decode(ImageInputStream input, String name) throws IOException {
        try (input) {
            DeclaredSizes.check(input, name);
            ImageReader reader = readerFor(input, name);
            DecodingMemory.Reservation reservation = null;
            try {
                reader.setInput(input, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                reservation = memory.reserve(plan(reader, param, name));
                return new Decoded(read(reader, param, name), reservation);
            } catch (IOException | RuntimeException e) {
                if (reservation != null) {
                    reservation.close();
                }
                if (e instanceof BadImageException bad) {
                    throw bad;
                }
                // Decoders signal damaged data with IIOException, EOFException, and, in some
                // plug-ins, runtime exceptions from inside the codec: all mean the same here.
                throw new BadImageException(name, BadImageException.Reason.CORRUPT, describe(e), e);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Checks the declared size against the limits and sets the subsampling; returns how many
     * pixels will be decoded.
     */
    private long plan(ImageReader reader, ImageReadParam param, String name) throws IOException {
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new BadImageException(name, BadImageException.Reason.CORRUPT,
                    "image declares no pixels (" + width + "×" + height + ")", null);
        }
        if (width * height > pixelLimit) {
            throw new ImageTooLargeException(name, width, height, pixelLimit);
        }
        int step = subsamplingStep(width, height, fullSizeLimit);
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return Math.ceilDiv(width, step) * Math.ceilDiv(height, step);
    }

    /** The smallest s such that every s-th pixel of every s-th row is at most {@code limit} pixels. */
    static int subsamplingStep(long width, long height, long limit) {
        int step = 1;
        while (Math.ceilDiv(width, step) * Math.ceilDiv(height, step) > limit) {
            step++;
        }
        return step;
    }

    private static BufferedImage read(ImageReader reader, ImageReadParam param, String name) throws IOException {
        TruncationWatch watch = new TruncationWatch();
        reader.addIIOReadWarningListener(watch);
        BufferedImage image = reader.read(0, param);
        if (watch.warning() != null) {
            throw new BadImageException(name, BadImageException.Reason.CORRUPT,
                    "image data ends early: the file is cut short (" + watch.warning() + ")", null);
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

    /**
     * What went wrong, in words: data that ends before a header or the pixels said it would, a
     * colour profile the colour management rejects, or other damage, with the decoder's own words
     * (or, where it gave none, the kind of exception) after.
     */
    private static String describe(Exception e) {
        String detail = detail(e);
        if (anyCause(e, EOFException.class)) {
            return "image data ends early: the file is cut short, or a header claims more data than follows ("
                    + detail + ")";
        }
        if (anyCause(e, CMMException.class) || anyCause(e, ProfileDataException.class)
                || detail.toLowerCase(Locale.ROOT).contains("icc")) {
            return "bad colour profile: " + detail;
        }
        return "damaged image data: " + detail;
    }

    /** The distinct messages along the chain of causes, or the exception's name where there are none. */
    private static String detail(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && !s.toString().contains(message)) {
                s.append(s.isEmpty() ? "" : ": ").append(message);
            }
        }
        return s.isEmpty() ? e.getClass().getSimpleName() : s.toString();
    }

    private static boolean anyCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static long positive(long value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, not " + value);
        }
        return value;
    }
}
