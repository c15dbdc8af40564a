package pk.hifazat.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;
import pk.hifazat.media.BankId;

/**
 * Imports hash lists into banks in the background, one at a time, in batches of
 * {@code import-batch} entries stored by {@code import-writers} writers ({@link ImportBatches}): each
 * batch is one transaction, so ten million lines never sit in memory, the page shows progress as
 * batches commit, and a failure part-way keeps the batches stored (importing the file again adds
 * only what is missing).
 */
@Component
class HashImporter {

    private static final Logger log = LoggerFactory.getLogger(HashImporter.class);
    static final String INCOMING = "incoming";
    /** An import without a stored batch for this long was interrupted: a batch takes seconds. */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(30);

    private final HashImports imports;
    private final BankEntries entries;
    private final PdqIndex index;
    private final Rematching rematching;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final MediaProperties properties;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("hash-import").daemon().factory());

    HashImporter(HashImports imports, BankEntries entries, PdqIndex index, Rematching rematching, AuditLog audit,
                 PlatformTransactionManager transactions, MediaProperties properties, Clock clock) {
        this.imports = imports;
        this.entries = entries;
        this.index = index;
        this.rematching = rematching;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Writes the upload to the spool folder (so a large file never sits in memory), records the import
     * as queued, and imports it in the background; the import's id at once.
     */
    long queue(BankId bank, String fileName, ImportFormat format, InputStream upload, String by) throws IOException {
        Files.createDirectories(properties.spoolDir());
        Path spooled = Files.createTempFile(properties.spoolDir(), "import-", ".upload");
        try {
            Files.copy(upload, spooled, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(spooled);
            throw e;
        }
        return queueSpooled(bank, fileName, format, spooled, by);
    }

    private long queueSpooled(BankId bank, String fileName, ImportFormat format, Path spooled, String by) {
        long id = transactions.execute(tx -> {
            long queued = imports.queue(bank, fileName, format, by);
            audit.record(AuditRecord.of(MediaAction.IMPORT_HASHES, "HashImport", queued).by(by)
                    .withOutcome(Outcome.DONE).withDetail("bank " + bank + ", " + format + ", queued"));
            return queued;
        });
        worker.execute(() -> {
            try {
                run(id, bank, spooled, format, by);
            } finally {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException e) {
                    log.warn("Could not delete the spooled import {}", spooled, e);
                }
            }
        });
        return id;
    }

    /**
     * The files waiting in the spool folder's {@code incoming/}: lists too large to upload through a
     * browser (a form takes at most 100 MB), copied there by an operator.
     */
    List<String> waiting() throws IOException {
        Path incoming = properties.spoolDir().resolve(INCOMING);
        if (!Files.isDirectory(incoming)) {
            return List.of();
        }
        try (var files = Files.list(incoming)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Imports a file waiting in {@code incoming/}, named exactly as {@link #waiting()} lists it; it is
     * moved aside first, so that it is imported once, and deleted once imported.
     *
     * @return the import's id, or empty when no such file is waiting
     */
    Optional<Long> queueWaiting(BankId bank, String name, ImportFormat format, String by) throws IOException {
        if (!waiting().contains(name)) {
            return Optional.empty();
        }
        Path taken = Files.createTempFile(properties.spoolDir(), "import-", ".incoming");
        Files.move(properties.spoolDir().resolve(INCOMING).resolve(name), taken, StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(queueSpooled(bank, name, format, taken, by));
    }

    /**
     * Matches the stored reports against the whole bank once this transaction commits, after the
     * imports queued before: for a bank enabled again or given a wider radius.
     */
    void rematchAfterCommit(BankId bank) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.execute(() -> {
                    index.catchUp();
                    rematching.rematchBank(bank);
                });
            }
        });
    }

    /** Imports the file now, in this thread (the benchmark calls it directly). */
    void run(long id, BankId bank, Path file, ImportFormat format, String by) {
        transactions.executeWithoutResult(tx -> imports.running(id));
        long added = 0;
        index.importStarted();
        try (ImportBatches batches = new ImportBatches(id, bank, entries, imports, transactions, properties)) {
            try (InputStream in = Files.newInputStream(file)) {
                format.read(in, batches);
                batches.finish();
                added = batches.added();
                transactions.executeWithoutResult(tx -> {
                    imports.finish(id, HashImport.Status.DONE, null);
                    audit.record(AuditRecord.of(MediaAction.IMPORT_HASHES, "HashImport", id).by(by).withDetail(
                            "bank " + bank + ", " + batches.lines() + " lines, " + batches.added() + " added, "
                                    + batches.errors() + " errors"));
                });
            } catch (IOException | RuntimeException | InterruptedException e) {
                added = batches.added();
                failed(id, bank, by, batches.lines(), e);
            }
        } finally {
            index.importEnded();
        }
        if (added > 0) {
            rematching.rematchImport(id, bank);
        }
    }

    private void failed(long id, BankId bank, String by, long line, Exception e) {
        log.warn("Import {} into bank {} failed after line {}", id, bank, line, e);
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        transactions.executeWithoutResult(tx -> {
            imports.finish(id, HashImport.Status.FAILED, "stopped after line " + line + ": " + e.getClass().getSimpleName());
            audit.record(AuditRecord.of(MediaAction.IMPORT_HASHES, "HashImport", id).by(by)
                    .withOutcome(Outcome.FAILED).withDetail("bank " + bank + ", after line " + line));
        });
    }

    /**
     * Marks failed the imports an instance left unfinished when it stopped (no batch for
     * {@link #INTERRUPTED_AFTER}), and deletes spooled files of imports that never ran: importing the
     * file again adds only what is missing.
     */
    @EventListener(ApplicationReadyEvent.class)
    void clearInterrupted() {
        Instant before = clock.instant().minus(INTERRUPTED_AFTER);
        int failed = transactions.execute(tx -> imports.failInterrupted(before));
        if (failed > 0) {
            log.warn("{} hash import(s) were interrupted when an instance stopped; import those files again", failed);
        }
        if (!Files.isDirectory(properties.spoolDir())) {
            return;
        }
        try (var spooled = Files.list(properties.spoolDir())) {
            for (Path file : spooled.filter(f -> f.getFileName().toString().startsWith("import-")).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clear old spooled imports in {}", properties.spoolDir(), e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
