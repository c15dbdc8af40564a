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
import org.springframework.stereotype.Component;

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
 * and throughput with them, up to 500 reports or {@code hifazat.intake.batch-bytes}
 * of them, whichever comes first (a group is held in memory twice while it is sent). Should the
 * database refuse a group, its reports are stored one by one ({@link ReportBatches}) so that only a
 * report at fault fails, with an {@link UnstorableReportException}.
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
    private final ReportBatches batches;
    private final long maxGroupBytes;
    private volatile boolean running;
    private final List<Thread> threads = new ArrayList<>();

    GroupCommit(ReportBatches batches, IntakeProperties properties) {
        this.batches = batches;
        this.maxGroupBytes = properties.batchBytes().toBytes();
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
                long bytes = first.report().receivedBytes();
                Submission next;
                while (group.size() < MAX_GROUP && bytes < maxGroupBytes && (next = queue.poll()) != null) {
                    group.add(next);
                    bytes += next.report().receivedBytes();
                }
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
        List<ReportBatches.Outcome> outcomes = batches.store(group.stream().map(Submission::report).toList(), stored -> {
        });
        for (int i = 0; i < group.size(); i++) {
            ReportBatches.Outcome outcome = outcomes.get(i);
            if (outcome.receipt() != null) {
                group.get(i).receipt().complete(outcome.receipt());
            } else {
                group.get(i).receipt().completeExceptionally(outcome.failure());
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
