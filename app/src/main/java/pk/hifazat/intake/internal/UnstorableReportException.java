package pk.hifazat.intake.internal;

/**
 * The database refused a report that passed every check, alone in its own transaction: storing it
 * again will fail again. Carries no part of the report or of the database's message, which may
 * quote it.
 */
public class UnstorableReportException extends RuntimeException {

    UnstorableReportException(Throwable cause) {
        super("The database refused the report", cause);
    }
}
