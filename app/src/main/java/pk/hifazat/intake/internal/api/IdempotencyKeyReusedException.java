package pk.hifazat.intake.internal.api;

/** An Idempotency-Key sent again with a different request body. */
final class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException() {
        super("The Idempotency-Key was used with a different request");
    }
}
