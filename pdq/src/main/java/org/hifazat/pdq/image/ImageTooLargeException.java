package org.hifazat.pdq.image;

/**
 * An image whose header declares more pixels than the decoder's limit. Thrown before any pixel
 * memory is allocated, so a small file that claims to be gigapixels (a decompression bomb) costs
 * nothing.
 */
public final class ImageTooLargeException extends BadImageException {

    private final long width;
    private final long height;
    private final long pixelLimit;

    /**
     * @param source     the file name or label of the image
     * @param width      the width the image declares
     * @param height     the height the image declares
     * @param pixelLimit the limit it exceeds
     */
    public ImageTooLargeException(String source, long width, long height, long pixelLimit) {
        super(source, Reason.TOO_LARGE, String.format(
                "image is %d×%d = %,d pixels, over the limit of %,d pixels; refused without decoding",
                width, height, width * height, pixelLimit), null);
        this.width = width;
        this.height = height;
        this.pixelLimit = pixelLimit;
    }

    /** The declared width. */
    public long width() {
        return width;
    }

    /** The declared height. */
    public long height() {
        return height;
    }

    /** The limit that was exceeded. */
    public long pixelLimit() {
        return pixelLimit;
    }
}
