package pk.hifazat.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.ChainVerification;

@ExtendWith(OutputCaptureExtension.class)
class AuditVerifyCommandTest {

    private static final CheckpointFile CHECKPOINTS = new CheckpointFile(Path.of("audit-checkpoints.log"));

    private static AuditLog answering(ChainVerification verification) {
        return new AuditLog() {
            @Override
            public void record(AuditRecord record) {
            }

            @Override
            public void recordIndependently(AuditRecord record) {
            }

            @Override
            public List<AuditEntry> latest(int limit, String actor, String targetId) {
                return List.of();
            }

            @Override
            public ChainVerification verify() {
                return verification;
            }
        };
    }

    @Test
    void exitsWithZeroForAnIntactChain() {
        var command = new AuditVerifyCommand(answering(ChainVerification.intact(12, 3)), CHECKPOINTS);
        command.run(new DefaultApplicationArguments());
        assertThat(command.getExitCode()).isZero();
    }

    @Test
    void exitsWithOneWhenTheChainIsBroken() {
        var command = new AuditVerifyCommand(answering(new ChainVerification(7, 0, 7, ChainVerification.Problem.CHANGED)), CHECKPOINTS);
        command.run(new DefaultApplicationArguments());
        assertThat(command.getExitCode()).isEqualTo(1);
    }

    @Test
    void aCheckpointThatDoesNotMatchNamesTheCheckpointFileItWasReadFrom(CapturedOutput output) {
        var command = new AuditVerifyCommand(answering(new ChainVerification(40, 2, 31,
                ChainVerification.Problem.CHECKPOINT_SIGNATURE)), CHECKPOINTS);
        command.run(new DefaultApplicationArguments());
        assertThat(command.getExitCode()).isEqualTo(1);
        assertThat(output).contains("BROKEN at entry 31", "belongs to another installation",
                Path.of("audit-checkpoints.log").toAbsolutePath().toString(), "HIFAZAT_AUDIT_CHECKPOINT_FILE");
    }
}
