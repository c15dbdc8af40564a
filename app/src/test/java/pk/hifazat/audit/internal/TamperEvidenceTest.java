package pk.hifazat.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.ChainVerification.Problem;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.audit.Outcome;
import pk.hifazat.database.EmbeddedServer;

/**
 * The attack the audit chain must withstand, on a database of its own: an intruder with the
 * database's superuser rewrites an entry and recomputes the chain after it, as an attack test did in
 * SQL. Without the audit key the rewrite is found at the entry; with it, at the first checkpoint
 * exported after the entry.
 */
class TamperEvidenceTest {

    private final EmbeddedPostgres server = EmbeddedServer.ephemeral();
    private final DataSource superuser = server.getPostgresDatabase();
    private final JdbcClient jdbc = JdbcClient.create(superuser);
    private final AuditKey key = new AuditKey(randomKey());

    @TempDir
    Path folder;

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private Flyway auditMigrations(String target) {
        return Flyway.configure().dataSource(superuser).locations("classpath:db/migration/audit").target(target).load();
    }

    private HashChainedAuditLog log() {
        return new HashChainedAuditLog(jdbc, superuser, Clock.systemUTC(), key, checkpoints(), new SimpleMeterRegistry());
    }

    private CheckpointFile checkpoints() {
        return new CheckpointFile(folder.resolve("audit-checkpoints.log"));
    }

    /** Entries 1 to 5; the third a refusal. */
    private HashChainedAuditLog chainWithARefusalAtThree() {
        auditMigrations("latest").migrate();
        var log = log();
        for (int i = 1; i <= 5; i++) {
            log.record(AuditRecord.of(CommonAction.VIEW, "Case", "case-" + i).by("officer")
                    .withOutcome(i == 3 ? Outcome.REFUSED : Outcome.DONE));
        }
        return log;
    }

    @Test
    void aRefusalRewrittenAsDoneWithTheChainRecomputedAfterItIsFoundAtThatEntry() {
        var log = chainWithARefusalAtThree();

        rewriteAsDone(3, null);

        var result = log.verify();
        assertThat(result.problem()).isEqualTo(Problem.CHANGED);
        assertThat(result.firstBroken()).isEqualTo(3);
    }

    @Test
    void aRewriteByWhoeverHoldsTheKeyNoLongerMatchesTheCheckpointExportedAfterTheEntry() throws Exception {
        var log = chainWithARefusalAtThree();
        checkpoints().append(log.checkpoint().orElseThrow());
        log.record(AuditRecord.of(CommonAction.VIEW, "Case", "case-6").by("officer"));
        assertThat(log.verify().checkpointsMatched()).isEqualTo(1);

        rewriteAsDone(3, key);

        var result = log.verify();
        assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT);
        assertThat(result.firstBroken()).isEqualTo(5);
    }

    @Test
    void entriesWrittenBeforeTheKeyExistedVerifyAsTheyWereWrittenAndLaterOnesAreKeyed() {
        auditMigrations("5").migrate();
        for (int i = 1; i <= 3; i++) {
            appendAsWrittenBeforeTheKey("case-" + i);
        }
        auditMigrations("latest").migrate();
        assertThat(jdbc.sql("SELECT keyed_from FROM audit_chain").query(Long.class).single()).isEqualTo(4);
        var log = log();
        log.record(AuditRecord.of(CommonAction.VIEW, "Case", "case-4").by("officer"));
        log.record(AuditRecord.of(CommonAction.VIEW, "Case", "case-5").by("officer"));

        var result = log.verify();
        assertThat(result.isIntact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
        AuditEntry fourth = log.latest(2, "officer", "case-4").getFirst();
        assertThat(fourth.hash()).isEqualTo(ChainHash.keyed(key, 4, fourth.at(), "officer", "VIEW", "Case", "case-4", "DONE",
                "", fourth.previousHash()));

        rewriteAsDone(2, null);
        assertThat(log.verify().firstBroken()).as("an old entry rewritten breaks the first keyed one").isEqualTo(4);
    }

    /** The row and head as the audit log wrote them before the key existed. */
    private void appendAsWrittenBeforeTheKey(String target) {
        var head = jdbc.sql("SELECT seq, hash FROM audit_head").query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        long seq = Long.parseLong(head.get(0)) + 1;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = ChainHash.unkeyed(seq, at, "officer", "VIEW", "Case", target, "REFUSED", "", head.get(1));
        jdbc.sql("INSERT INTO audit_entry (seq, at, actor, action, target_type, target_id, outcome, detail, prev_hash, hash)"
                        + " VALUES (?, ?, 'officer', 'VIEW', 'Case', ?, 'REFUSED', '', ?, ?)")
                .params(seq, Timestamp.from(at), target, head.get(1), hash).update();
        jdbc.sql("UPDATE audit_head SET seq = ?, hash = ?").params(seq, hash).update();
    }

    /**
     * As the intruder: the entry at {@code seq} becomes DONE, and every link from it on is recomputed,
     * with the key when the intruder has it and with plain SHA-256 when not, and the head moved.
     */
    private void rewriteAsDone(long seq, AuditKey stolen) {
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
        jdbc.sql("UPDATE audit_entry SET outcome = 'DONE' WHERE seq = ?").param(seq).update();
        String previous = jdbc.sql("SELECT prev_hash FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        var entries = jdbc.sql("SELECT seq, at, actor, action, target_type, target_id, outcome, detail FROM audit_entry"
                        + " WHERE seq >= ? ORDER BY seq").param(seq)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), Outcome.valueOf(rs.getString(7)),
                        rs.getString(8), null, null))
                .list();
        for (AuditEntry e : entries) {
            String hash = stolen == null
                    ? ChainHash.unkeyed(e.seq(), e.at(), e.actor(), e.action(), e.targetType(), e.targetId(),
                            e.outcome().name(), e.detail(), previous)
                    : ChainHash.keyed(stolen, e.seq(), e.at(), e.actor(), e.action(), e.targetType(), e.targetId(),
                            e.outcome().name(), e.detail(), previous);
            jdbc.sql("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?").params(previous, hash, e.seq()).update();
            previous = hash;
        }
        jdbc.sql("UPDATE audit_head SET hash = ?").param(previous).update();
        jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
    }
}
