package pk.hifazat.intake.internal.api;

/** A request body over the size limit; nothing of it was stored. */
final class ReportTooLargeException extends RuntimeException {

    private final long limit;

    ReportTooLargeException(long limit) {
        super("The body is over " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
