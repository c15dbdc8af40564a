package pk.hifazat.intake.internal;

/** Reports cannot be taken in right now (shutting down, or the database too slow to answer); the client should retry. */
public class IntakeUnavailableException extends RuntimeException {

    IntakeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
