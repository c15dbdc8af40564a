package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.HifazatTest;

/**
 * The read sent with a lock sees what the lock's holder committed while it waited: the guarantee
 * linking and triage rely on when they send a lock and their first read together.
 */
@HifazatTest
class LockedReadTest {

    private static final long LOCK = 0x4c6f636b6564L;
    private static final String FOLLOWER = "locked-read-test";

    @Autowired LockedRead locked;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void removeTheRows() {
        jdbc.sql("DELETE FROM following_backlog WHERE follower = ?").param(FOLLOWER).update();
    }

    @Test
    void theReadSeesWhatCommittedWhileTheLockWasAwaited() throws Exception {
        var holding = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
            jdbc.sql("INSERT INTO following_backlog (follower, event) VALUES (?, '{}')").param(FOLLOWER).update();
            holding.countDown();
            await(commit);
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Long> read = CompletableFuture.supplyAsync(() -> transactions.execute(status ->
                locked.afterLock("SELECT pg_advisory_xact_lock(?)", "SELECT count(*) FROM following_backlog WHERE follower = ?",
                        new Object[] {LOCK, FOLLOWER}, rs -> rs.next() ? rs.getLong(1) : -1)));
        Thread.sleep(300);
        assertThat(read).as("waiting for the lock").isNotDone();
        commit.countDown();
        holder.get(10, TimeUnit.SECONDS);

        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void eachStatementTakesItsOwnParameters() {
        long rows = transactions.execute(status -> locked.afterLock("SELECT pg_advisory_xact_lock(?)",
                "SELECT count(*) FROM following_backlog WHERE follower = ? AND id > ?",
                new Object[] {LOCK, FOLLOWER, -1L}, rs -> rs.next() ? rs.getLong(1) : -1));

        assertThat(rows).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
