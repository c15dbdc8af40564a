package org.hifazat.pdq.image;

import java.io.IOException;
import java.util.Objects;

/**
 * An image that cannot be hashed: not a format the decoders know, corrupt, truncated, or over the
 * pixel limit. The message always starts with the name of the image, so a batch can report it as
 * is and go on with the next file.
 */
public class BadImageException extends IOException {

    /** Why an image was refused. */
    public enum Reason {
        /** No decoder recognises the data (or the file is empty). */
        UNSUPPORTED_FORMAT,
        /** A decoder recognised the format but the data is damaged or cut short. */
        CORRUPT,
        /** The image has more pixels than the configured limit; it was not decoded. */
        TOO_LARGE
    }

    private final String source;
    private final Reason reason;

    /**
     * @param source the file name or other label of the image, for the message
     * @param detail what is wrong, completing "SOURCE: ..."
     * @param cause  the decoder's exception, or null
     */
    public BadImageException(String source, Reason reason, String detail, Throwable cause) {
        super(source + ": " + detail, cause);
        this.source = source;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The file name or label of the image. */
    public String source() {
        return source;
    }

    /** Why the image was refused. */
    public Reason reason() {
        return reason;
    }
}
