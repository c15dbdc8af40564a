package pk.hifazat.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.ChainVerification;

/**
 * {@code ./hifazat audit-verify}: checks the chain and the checkpoints exported from it, says where
 * it breaks, and exits 0 or 1. Beside a running Hifazat it reads that application's database.
 */
@Component
@ConditionalOnProperty(name = "hifazat.command", havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");

    private final AuditLog auditLog;
    private final CheckpointFile checkpoints;
    private int exitCode;

    AuditVerifyCommand(AuditLog auditLog, CheckpointFile checkpoints) {
        this.auditLog = auditLog;
        this.checkpoints = checkpoints;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = auditLog.verify();
        if (result.isIntact()) {
            console.info("Audit log intact: {} entries verified, {} of them against the checkpoints in {}.",
                    result.entriesChecked(), result.checkpointsMatched(), checkpoints.path());
        } else {
            // Run from another folder, the default file can be another installation's: say which was read.
            String checkpointFile = againstCheckpoints(result.problem()) ? "; checkpoints read from "
                    + checkpoints.path().toAbsolutePath() + ", set by HIFAZAT_AUDIT_CHECKPOINT_FILE" : "";
            console.error("Audit log BROKEN at entry {}: {} ({} entries read{}).", result.firstBroken(),
                    result.problem().description(), result.entriesChecked(), checkpointFile);
            exitCode = 1;
        }
    }

    private static boolean againstCheckpoints(ChainVerification.Problem problem) {
        return problem == ChainVerification.Problem.CHECKPOINT || problem == ChainVerification.Problem.CHECKPOINT_SIGNATURE;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
