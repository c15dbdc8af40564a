package pk.hifazat.privacy.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two lines, instead of a stack trace, why the application stopped and what to set. */
class PersonalDataKeyFailureAnalyzer extends AbstractFailureAnalyzer<PersonalDataKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PersonalDataKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set " + PersonalDataKey.VARIABLE + " to a base64 256-bit key, "
                + "made once with: head -c 32 /dev/urandom | base64 — and keep it away from the data and its backups.",
                cause);
    }
}
