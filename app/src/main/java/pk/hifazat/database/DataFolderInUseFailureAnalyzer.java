package pk.hifazat.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two lines, instead of a stack trace, why a second start stopped and what to do instead. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(cause.getMessage(), "Stop the running Hifazat first, or start this one with another "
                + "HIFAZAT_DATA_DIR. ./hifazat audit-verify may run beside it: it reads the running database.", cause);
    }
}
