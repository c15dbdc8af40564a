package pk.hifazat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.ReportId;

/**
 * Triage's first statement on a report's way to its queue locks the report, lets the commit go
 * without waiting for the disk, and says whether the rules it scores with are still current.
 */
@HifazatTest
class OnTheWayToQueueTest {

    @Autowired TriageStore store;
    @Autowired TriageRules rules;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void onlyTriagesOwnTransactionCommitsWithoutWaitingForTheDisk() {
        String serverDefault = transactions.execute(status -> synchronousCommit());
        String during = transactions.execute(status -> {
            jdbc.sql("SET LOCAL synchronous_commit = on").update();
            store.lockOnTheWayToQueue(List.of(new ReportId(UUID.randomUUID())));
            return synchronousCommit();
        });
        String after = transactions.execute(status -> synchronousCommit());

        assertThat(during).isEqualTo("off");
        assertThat(after).isEqualTo(serverDefault);
    }

    @Test
    void theWayToTheQueueKeepsOnePlanPerStatementForItsOwnTransactionOnly() {
        String serverDefault = transactions.execute(status -> planCacheMode());
        String during = transactions.execute(status -> {
            store.lockOnTheWayToQueue(List.of(new ReportId(UUID.randomUUID())));
            return planCacheMode();
        });
        String after = transactions.execute(status -> planCacheMode());

        assertThat(serverDefault).isEqualTo("auto");
        assertThat(during).isEqualTo("force_generic_plan");
        assertThat(after).isEqualTo("auto");
    }

    private String planCacheMode() {
        return jdbc.sql("SHOW plan_cache_mode").query(String.class).single();
    }

    private String synchronousCommit() {
        return jdbc.sql("SHOW synchronous_commit").query(String.class).single();
    }

    @Test
    void aRuleChangedByAnyInstanceIsScoredWithAtOnce() {
        TriageRule sextortion = rules.byCode("SEXTORTION").orElseThrow();
        List<TriageRule> before = rules.current(rulesChangedAt());
        try {
            // As another instance's supervisor would: straight in the table, nothing told here.
            jdbc.sql("UPDATE triage_rule SET priority = 1, changed_at = now() WHERE code = 'SEXTORTION'").update();

            List<TriageRule> after = rules.current(rulesChangedAt());

            assertThat(before).filteredOn(r -> r.code().equals("SEXTORTION")).extracting(TriageRule::priority)
                    .containsExactly(sextortion.priority());
            assertThat(after).filteredOn(r -> r.code().equals("SEXTORTION")).extracting(TriageRule::priority)
                    .containsExactly(1);
        } finally {
            jdbc.sql("UPDATE triage_rule SET priority = ?, changed_at = ? WHERE code = 'SEXTORTION'")
                    .params(sextortion.priority(), Timestamp.from(sextortion.changedAt())).update();
        }
    }

    @Test
    void rulesThatHaveNotChangedAreNotReadAgain() {
        Instant changedAt = rulesChangedAt();

        assertThat(rules.current(changedAt)).isSameAs(rules.current(changedAt));
    }

    private Instant rulesChangedAt() {
        return transactions.execute(status -> store.lockOnTheWayToQueue(List.of()));
    }
}
