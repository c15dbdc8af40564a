package pk.hifazat.tips.internal;

/**
 * An uploaded file that cannot be taken, with a message key saying why (too large, not a kind we
 * take, too many pixels, damaged) and the name the reporter gave it.
 */
final class UploadRejected extends Exception {

    private final String fileName;
    private final String reason;

    UploadRejected(String fileName, String reason) {
        super(reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    String fileName() {
        return fileName;
    }

    /** The message key, for example {@code tip.file.type}. */
    String reason() {
        return reason;
    }
}
