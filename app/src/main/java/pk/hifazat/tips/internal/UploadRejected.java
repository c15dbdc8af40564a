package pk.hifazat.tips.internal;

/**
 * An uploaded file that cannot be taken, with a message key saying why (too large, not a kind we
 * take, too many pixels, damaged) and the name the reporter gave it, which the message shows first.
 */
final class UploadRejected extends Exception {

    private final String fileName;
    private final String reason;
    private final Object[] details;

    /** @param details what the message shows after the file's name, e.g. a limit */
    UploadRejected(String fileName, String reason, Object... details) {
        super(reason);
        this.fileName = fileName;
        this.reason = reason;
        this.details = details.clone();
    }

    String fileName() {
        return fileName;
    }

    /** The message key, for example {@code tip.file.type}. */
    String reason() {
        return reason;
    }

    /** The message's arguments: the file's name, then the details. */
    Object[] arguments() {
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = fileName;
        System.arraycopy(details, 0, arguments, 1, details.length);
        return arguments;
    }
}
