package pk.hifazat.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.HifazatTest;
import pk.hifazat.TableOwner;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.ChainVerification.Problem;
import pk.hifazat.audit.CommonAction;

@HifazatTest
class AuditChainTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TableOwner owner;

    @Autowired
    AuditKey key;

    @Autowired
    CheckpointFile checkpoints;

    @Autowired
    WritableAuditLogWarning writableAuditLog;

    @Autowired
    CheckpointExporter exporter;

    private String savedActor;
    private long tamperedSeq = -1;

    private long record(String target) {
        auditLog.record(AuditRecord.of(CommonAction.VIEW, "Case", target).by("officer.test"));
        return jdbc.sql("SELECT max(seq) FROM audit_entry").query(Long.class).single();
    }

    /** The tables' owner: whoever has the owner's password, as an intruder might. */
    private JdbcClient superuser() {
        return owner.jdbc();
    }

    @AfterEach
    void restoreTheTamperedEntry() {
        if (tamperedSeq > 0) {
            withTriggerOff("UPDATE audit_entry SET actor = ? WHERE seq = ?", savedActor, tamperedSeq);
        }
    }

    private void withTriggerOff(String sql, Object... params) {
        var superuser = superuser();
        superuser.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
        try {
            superuser.sql(sql).params(params).update();
        } finally {
            superuser.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        record("case-1");
        record("case-2");
        var result = auditLog.verify();
        assertThat(result.isIntact()).isTrue();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void eachEntryCarriesTheHashOfThePreviousOne() {
        long first = record("case-3");
        long second = record("case-4");
        assertThat(second).isEqualTo(first + 1);
        String firstHash = jdbc.sql("SELECT hash FROM audit_entry WHERE seq = ?").param(first).query(String.class).single();
        String link = jdbc.sql("SELECT prev_hash FROM audit_entry WHERE seq = ?").param(second).query(String.class).single();
        assertThat(link).isEqualTo(firstHash).hasSize(64);
    }

    @Test
    void manyEntriesAppendedAtOnceAreLinkedInOrderAndTheChainStillVerifies() {
        long before = record("case-5");
        auditLog.recordAll(List.of(AuditRecord.of(CommonAction.VIEW, "Case", "case-6").by("officer.test"),
                AuditRecord.of(CommonAction.VIEW, "Case", "case-7").by("officer.test"),
                AuditRecord.of(CommonAction.VIEW, "Case", "case-8").by("officer.test")));
        long after = record("case-9");

        assertThat(jdbc.sql("SELECT target_id FROM audit_entry WHERE seq > ? AND seq < ? ORDER BY seq")
                .params(before, after).query(String.class).list()).containsExactly("case-6", "case-7", "case-8");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry e JOIN audit_entry p ON p.seq = e.seq - 1
                        WHERE e.seq > ? AND e.seq <= ? AND e.prev_hash = p.hash""")
                .params(before, after).query(Long.class).single()).isEqualTo(4);
        assertThat(auditLog.verify().isIntact()).isTrue();
    }

    @Test
    void appendingNothingLeavesTheChainAsItWas() {
        long last = record("case-10");
        auditLog.recordAll(List.of());
        assertThat(jdbc.sql("SELECT seq FROM audit_head WHERE id = 1").query(Long.class).single()).isEqualTo(last);
    }

    @Test
    void theApplicationsConnectionsCanNeitherChangeNorDeleteNorEmptyTheAuditLogNorSwitchOffItsTrigger() {
        long seq = record("case-5");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'someone else' WHERE seq = ?").param(seq).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").param(seq).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update())
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain SET keyed_from = 1000000").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThat(writableAuditLog.auditLogIsWritable()).isFalse();
    }

    @Test
    void evenTheTablesOwnerIsRefusedByTheTriggerWhileItIsOn() {
        long seq = record("case-5a");
        assertThatThrownBy(() -> superuser().sql("UPDATE audit_entry SET actor = 'someone else' WHERE seq = ?").param(seq).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> superuser().sql("DELETE FROM audit_entry WHERE seq = ?").param(seq).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void verificationNamesTheFirstEntryThatWasTamperedWith() {
        long tampered = record("case-6");
        record("case-7");
        savedActor = jdbc.sql("SELECT actor FROM audit_entry WHERE seq = ?").param(tampered).query(String.class).single();
        tamperedSeq = tampered;
        withTriggerOff("UPDATE audit_entry SET actor = 'someone else' WHERE seq = ?", tampered);

        var result = auditLog.verify();

        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBroken()).isEqualTo(tampered);
        assertThat(result.problem()).isEqualTo(Problem.CHANGED);
    }

    @Test
    void entriesWrittenBeforeActionsWereTypedVerifyBesideTypedOnes() {
        appendAsWrittenBeforeActionsWereTyped("VIEW", "case-8");
        long typed = record("case-9");

        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE seq = ?").param(typed).query(String.class).single())
                .isEqualTo("VIEW");
        assertThat(auditLog.verify().isIntact()).isTrue();
    }

    /** The row exactly as the audit log wrote it when callers passed the action as a string. */
    private void appendAsWrittenBeforeActionsWereTyped(String action, String target) {
        Map.Entry<Long, String> head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).single();
        long seq = head.getKey() + 1;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = ChainHash.keyed(key, seq, at, "officer.test", action, "Case", target, "DONE", "", head.getValue());
        jdbc.sql("INSERT INTO audit_entry (seq, at, actor, action, target_type, target_id, outcome, detail, prev_hash, hash)"
                        + " VALUES (?, ?, 'officer.test', ?, 'Case', ?, 'DONE', '', ?, ?)")
                .params(seq, Timestamp.from(at), action, target, head.getValue(), hash).update();
        jdbc.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1").params(seq, hash).update();
    }

    @Test
    void theRunningApplicationExportsSignedCheckpointsOfTheHeadThatVerificationMatches() {
        long seq = record("case-11");

        assertThat(exporter.export()).isTrue();

        var exported = checkpoints.read().getLast();
        assertThat(exported.seq()).isGreaterThanOrEqualTo(seq);
        assertThat(exported.isSignedBy(key)).isTrue();
        assertThat(auditLog.verify().checkpointsMatched()).isPositive();
    }

    @Test
    void anEntryIsTimedByTheApplicationsClockToTheMicrosecondTheDatabaseKeeps() {
        Instant now = Instant.parse("2026-03-01T09:30:00.123456789Z");
        var log = new HashChainedAuditLog(jdbc, dataSource, Clock.fixed(now, ZoneOffset.UTC), key, checkpoints,
                new SimpleMeterRegistry());

        log.record(AuditRecord.of(CommonAction.VIEW, "Case", "case-10").by("officer.clock"));

        assertThat(auditLog.latest(1, "officer.clock", "case-10").getFirst().at())
                .isEqualTo(Instant.parse("2026-03-01T09:30:00.123456Z"));
        assertThat(auditLog.verify().isIntact()).isTrue();
    }
}
