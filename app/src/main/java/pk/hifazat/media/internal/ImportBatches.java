package pk.hifazat.media.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.media.BankId;

/**
 * The lines of one import, gathered into batches that several writers store at once, each batch in
 * a transaction of its own: the reader parses the next batch while the database takes the last
 * ones. At most two batches per writer are held, so memory stays bounded whatever the file's size.
 * Each batch is stored sorted by its hashes, so that two batches holding the same hashes take their
 * index locks in the same order; a batch that still meets a deadlock is tried again.
 */
final class ImportBatches implements ImportFormat.Lines, AutoCloseable {

    private static final int TRIES = 3;

    private final long id;
    private final BankId bank;
    private final BankEntries entries;
    private final HashImports imports;
    private final TransactionTemplate transactions;
    private final MediaProperties properties;
    private final ExecutorService writers;
    private final Semaphore inFlight;
    private final AtomicLong added = new AtomicLong();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private List<ParsedEntry> batch = new ArrayList<>();
    private List<HashImport.LineError> errorsToKeep = new ArrayList<>();
    private long lines;
    private long errors;
    private long ignored;

    ImportBatches(long id, BankId bank, BankEntries entries, HashImports imports, TransactionTemplate transactions,
                  MediaProperties properties) {
        this.id = id;
        this.bank = bank;
        this.entries = entries;
        this.imports = imports;
        this.transactions = transactions;
        this.properties = properties;
        this.writers = Executors.newFixedThreadPool(properties.importWriters(),
                Thread.ofPlatform().name("hash-import-writer-", 0).daemon().factory());
        this.inFlight = new Semaphore(2 * properties.importWriters());
    }

    @Override
    public void entry(long line, ParsedEntry entry) {
        lines = Math.max(lines, line);
        batch.add(entry);
        if (batch.size() >= properties.importBatch()) {
            flush();
        }
    }

    @Override
    public void error(long line, String message) {
        lines = Math.max(lines, line);
        errors++;
        if (errors <= properties.errorsKept()) {
            errorsToKeep.add(new HashImport.LineError(line, ParsedEntry.text(message, 500)));
        }
    }

    @Override
    public void ignored(long line) {
        lines = Math.max(lines, line);
        ignored++;
    }

    long lines() {
        return lines;
    }

    long errors() {
        return errors;
    }

    long added() {
        return added.get();
    }

    /** Stores what is left and waits for every writer; throws what made a batch fail. */
    void finish() throws InterruptedException {
        flush();
        writers.shutdown();
        while (!writers.awaitTermination(1, TimeUnit.SECONDS)) {
            Thread.onSpinWait();
        }
        rethrow();
    }

    @Override
    public void close() {
        writers.shutdownNow();
    }

    private void flush() {
        rethrow();
        List<ParsedEntry> entriesNow = batch;
        List<HashImport.LineError> errorsNow = errorsToKeep;
        batch = new ArrayList<>();
        errorsToKeep = new ArrayList<>();
        long linesNow = lines;
        long errorsCount = errors;
        long ignoredCount = ignored;
        inFlight.acquireUninterruptibly();
        writers.execute(() -> {
            try {
                store(entriesNow, errorsNow, linesNow, errorsCount, ignoredCount);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        });
    }

    private void store(List<ParsedEntry> entriesNow, List<HashImport.LineError> errorsNow, long linesNow, long errorsCount,
                       long ignoredCount) {
        for (int attempt = 1; ; attempt++) {
            try {
                int count = transactions.execute(tx -> {
                    int stored = entriesNow.isEmpty() ? 0 : entries.add(bank, id, entriesNow).count();
                    imports.keepErrors(id, errorsNow);
                    imports.progress(id, linesNow, stored, entriesNow.size() - stored, errorsCount, ignoredCount);
                    return stored;
                });
                added.addAndGet(count);
                return;
            } catch (DataAccessException e) {
                if (attempt == TRIES || !deadlock(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "40P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void rethrow() {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }
}
