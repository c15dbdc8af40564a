package pk.hifazat.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two lines, instead of a stack trace, why the application stopped and what to set. */
class KeyFailureAnalyzer extends AbstractFailureAnalyzer<KeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set " + cause.variable() + " to a base64 256-bit key, "
                + "made once with: head -c 32 /dev/urandom | base64 — and keep it away from the data and its backups.",
                cause);
    }
}
