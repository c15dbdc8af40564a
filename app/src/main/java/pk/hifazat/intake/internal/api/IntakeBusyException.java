package pk.hifazat.intake.internal.api;

/** More reports are arriving than intake can store: this one was not read; the client sends it again shortly. */
class IntakeBusyException extends RuntimeException {

    IntakeBusyException() {
        super("Intake is busy");
    }
}
