package org.hifazat.pdq.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.hifazat.pdq.DihedralHashes;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqResult;
import org.hifazat.pdq.hashing.PdqHasher;

/**
 * Hashes encoded image files: decodes with an {@link ImageDecoder} (pixel limit included), then
 * computes PDQ with a {@link PdqHasher} while the decoded pixels' memory is still reserved. Immutable and thread-safe; one instance can serve a whole
 * application.
 *
 * <pre>{@code
 * ImageHasher hasher = new ImageHasher(HashMode.CORE, ImageDecoder.DEFAULT_PIXEL_LIMIT);
 * PdqResult r = hasher.hash(uploadBytes, "upload.jpg");   // throws BadImageException
 * String hex = r.hash().toHex();
 * }</pre>
 */
public final class ImageHasher {

    private final ImageDecoder decoder;
    private final PdqHasher hasher;

    /** Core PDQ, default pixel limit. */
    public ImageHasher() {
        this(HashMode.CORE, ImageDecoder.DEFAULT_PIXEL_LIMIT);
    }

    /**
     * @param mode       which PDQ flavour to compute
     * @param pixelLimit images with more pixels are refused before decoding
     */
    public ImageHasher(HashMode mode, long pixelLimit) {
        this(mode, new ImageDecoder(pixelLimit));
    }

    /**
     * @param mode    which PDQ flavour to compute
     * @param decoder the decoder, e.g. one {@linkplain ImageDecoder#reducingAbove(long) reducing}
     *                large images to bound memory, whose hashes are then a few bits from exact
     */
    public ImageHasher(HashMode mode, ImageDecoder decoder) {
        this.decoder = java.util.Objects.requireNonNull(decoder, "decoder");
        this.hasher = new PdqHasher(mode);
    }

    /** The decoder in use, e.g. to read its pixel limit. */
    public ImageDecoder decoder() {
        return decoder;
    }

    /** The PDQ flavour computed. */
    public HashMode mode() {
        return hasher.mode();
    }

    /**
     * Hashes an image held in memory.
     *
     * @param name file name or label for error messages
     * @throws BadImageException if it is not a readable image or is over the pixel limit
     */
    public PdqResult hash(byte[] bytes, String name) throws BadImageException {
        return decoder.decode(bytes, name, hasher::hash);
    }

    /**
     * Hashes an image read from a stream (not closed).
     *
     * @throws BadImageException if it is not a readable image or is over the pixel limit
     * @throws IOException       if reading the stream fails
     */
    public PdqResult hash(InputStream in, String name) throws IOException {
        return decoder.decode(in, name, hasher::hash);
    }

    /**
     * Hashes an image file.
     *
     * @throws BadImageException if it is not a readable image or is over the pixel limit
     * @throws IOException       if the file cannot be opened
     */
    public PdqResult hash(Path file) throws IOException {
        return decoder.decode(file, hasher::hash);
    }

    /** The eight dihedral hashes of an image held in memory. */
    public DihedralHashes hashDihedral(byte[] bytes, String name) throws BadImageException {
        return decoder.decode(bytes, name, hasher::hashDihedral);
    }

    /** The eight dihedral hashes of an image read from a stream (not closed). */
    public DihedralHashes hashDihedral(InputStream in, String name) throws IOException {
        return decoder.decode(in, name, hasher::hashDihedral);
    }

    /** The eight dihedral hashes of an image file. */
    public DihedralHashes hashDihedral(Path file) throws IOException {
        return decoder.decode(file, hasher::hashDihedral);
    }

    /** Hashes an image that is already decoded. */
    public PdqResult hash(BufferedImage image) {
        return hasher.hash(image);
    }
}
