package pk.hifazat.intake.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.intake.Receipt;

/**
 * Stores single reports that arrive at the same time together: one writer takes whatever has
 * queued up while the previous group was committing and stores it in one transaction (one
 * statement, one fsync), then answers each waiting request with its receipt.
 *
 * <p>Invariant: {@link #store} returns only after the transaction holding the report has
 * committed; a report that could not be stored makes {@code store} throw, never return.
 *
 * <p>Trade-off: a request waits for at most one commit in progress before its own, in exchange
 * for the database doing one statement and one fsync per group instead of per report. Under
 * light load a group is one report and nothing is gained or lost; under heavy load groups grow
 * and throughput with them. Should the database refuse a group's data, its reports are stored
 * one by one so that only the report at fault fails.
 */
@Component
public class GroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MAX_GROUP = 500;
    /** One writer: groups grow with load, and larger groups cost the database less per report. */
    private static final int WRITERS = 1;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private record Submission(PendingReport report, CompletableFuture<Receipt> receipt) {
    }

    private final BlockingQueue<Submission> queue = new ArrayBlockingQueue<>(10_000);
    private final ReportWriter writer;
    private final TransactionTemplate transactions;
    private volatile boolean running;
    private final List<Thread> threads = new ArrayList<>();

    GroupCommit(ReportWriter writer, TransactionTemplate transactions) {
        this.writer = writer;
        this.transactions = transactions;
    }

    /** Stores the report and returns its receipt once it is committed. */
    public Receipt store(PendingReport report) {
        var submission = new Submission(report, new CompletableFuture<>());
        try {
            if (!running || !queue.offer(submission, PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IntakeUnavailableException("Intake is not accepting reports now", null);
            }
            return submission.receipt().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException("Interrupted while the report was being stored", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("The report could not be stored", e.getCause());
        } catch (TimeoutException e) {
            throw new IntakeUnavailableException("The report was not stored within " + PATIENCE.toSeconds() + " s", e);
        }
    }

    private void run() {
        List<Submission> group = new ArrayList<>(MAX_GROUP);
        while (running || !queue.isEmpty()) {
            try {
                Submission first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("A group of {} single reports could not be stored ({})", group.size(),
                        e.getClass().getSimpleName());
                group.forEach(s -> s.receipt().completeExceptionally(e));
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Submission> group) {
        List<PendingReport> reports = group.stream().map(Submission::report).toList();
        List<Receipt> receipts;
        try {
            receipts = transactions.execute(status -> writer.write(reports));
        } catch (DataIntegrityViolationException e) {
            commitOneByOne(group);
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).receipt().complete(receipts.get(i));
        }
    }

    private void commitOneByOne(List<Submission> group) {
        for (Submission submission : group) {
            try {
                submission.receipt().complete(transactions.execute(
                        status -> writer.write(List.of(submission.report())).getFirst()));
            } catch (RuntimeException e) {
                submission.receipt().completeExceptionally(e);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < WRITERS; i++) {
            threads.add(Thread.ofPlatform().name("intake-group-commit-" + i).daemon(true).start(this::run));
        }
    }

    /** Stops taking new reports and finishes the ones already queued. */
    @Override
    public void stop() {
        running = false;
        try {
            for (Thread thread : threads) {
                thread.join(PATIENCE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started before the web server and stopped after it, so that requests still being answered can finish. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
