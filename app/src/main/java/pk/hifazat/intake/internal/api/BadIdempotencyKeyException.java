package pk.hifazat.intake.internal.api;

/** An Idempotency-Key header that is empty, too long or not visible ASCII. */
final class BadIdempotencyKeyException extends RuntimeException {

    BadIdempotencyKeyException() {
        super("The Idempotency-Key is not valid");
    }
}
