package pk.hifazat.intake.internal.api;

/** As many bulk imports as allowed are running; the client should send its file again later. */
class TooManyImportsException extends RuntimeException {

    TooManyImportsException() {
        super("As many bulk imports as allowed are running");
    }
}
