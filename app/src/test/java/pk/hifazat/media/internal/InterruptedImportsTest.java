package pk.hifazat.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.HifazatTest;
import pk.hifazat.media.BankId;

@HifazatTest
class InterruptedImportsTest {

    @Autowired
    HashImporter importer;

    @Autowired
    Banks banks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anImportLeftRunningByAStoppedInstanceIsMarkedFailedAndARecentOneIsLeftAlone() {
        BankId bank = new TransactionTemplate(transactions).execute(s ->
                banks.create("Interrupted " + UUID.randomUUID(), "test", "1", Severity.LOW, 31, "test").id());
        long stale = running(bank, Instant.now().minus(Duration.ofHours(2)));
        long recent = running(bank, Instant.now());

        importer.clearInterrupted();

        assertThat(status(stale)).isEqualTo("FAILED");
        assertThat(status(recent)).isEqualTo("RUNNING");
    }

    private long running(BankId bank, Instant heartbeat) {
        return jdbc.sql("INSERT INTO media_import (bank_id, file_name, format, status, started_at, started_by, heartbeat_at) "
                        + "VALUES (?, 'x.csv', 'CSV', 'RUNNING', ?, 'test', ?) RETURNING id")
                .params(bank.value(), Timestamp.from(heartbeat), Timestamp.from(heartbeat)).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM media_import WHERE id = ?").param(id).query(String.class).single();
    }
}
