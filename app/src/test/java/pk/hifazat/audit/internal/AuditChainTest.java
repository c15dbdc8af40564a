package pk.hifazat.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.HifazatTest;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.ChainVerification.Problem;

@HifazatTest
class AuditChainTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    private String savedActor;
    private long tamperedSeq = -1;

    private long record(String target) {
        auditLog.record(AuditRecord.of("VIEW", "Case", target).by("officer.test"));
        return jdbc.sql("SELECT max(seq) FROM audit_entry").query(Long.class).single();
    }

    @AfterEach
    void restoreTheTamperedEntry() {
        if (tamperedSeq > 0) {
            withTriggerOff("UPDATE audit_entry SET actor = ? WHERE seq = ?", savedActor, tamperedSeq);
        }
    }

    private void withTriggerOff(String sql, Object... params) {
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
        try {
            jdbc.sql(sql).params(params).update();
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
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
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        long seq = record("case-5");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'someone else' WHERE seq = ?").param(seq).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").param(seq).update())
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
}
