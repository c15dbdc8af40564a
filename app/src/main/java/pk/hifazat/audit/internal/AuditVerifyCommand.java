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

/** {@code ./hifazat audit-verify}: checks the chain, says where it breaks, and exits 0 or 1. */
@Component
@ConditionalOnProperty(name = "hifazat.command", havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");

    private final AuditLog auditLog;
    private int exitCode;

    AuditVerifyCommand(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = auditLog.verify();
        if (result.isIntact()) {
            console.info("Audit log intact: {} entries verified.", result.entriesChecked());
        } else {
            console.error("Audit log BROKEN at entry {}: {} ({} entries read).", result.firstBroken(),
                    result.problem().description(), result.entriesChecked());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
