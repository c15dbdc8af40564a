package pk.hifazat.audit.internal;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Exports the chain's head, signed, once the application has started (after the entries its start
 * made), every
 * {@code HIFAZAT_AUDIT_CHECKPOINT_EVERY} while it runs (only when the chain has grown) and when it
 * stops: appended to the {@link CheckpointFile} and written to the log as {@code hifazat.audit.checkpoint},
 * so that it can go to the system log as well. Only the running application exports; commands only read.
 */
@Component
@ConditionalOnWebApplication
class CheckpointExporter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointExporter.class);
    private static final Logger exported = LoggerFactory.getLogger("hifazat.audit.checkpoint");

    private final HashChainedAuditLog chain;
    private final CheckpointFile file;
    private final AuditProperties properties;
    private ScheduledExecutorService schedule;
    private long lastSeq;

    CheckpointExporter(HashChainedAuditLog chain, CheckpointFile file, AuditProperties properties) {
        this.chain = chain;
        this.file = file;
        this.properties = properties;
    }

    /** Exports the head unless it was exported already; true when a checkpoint was written. */
    synchronized boolean export() {
        var checkpoint = chain.checkpoint().filter(c -> c.seq() != lastSeq);
        if (checkpoint.isEmpty()) {
            return false;
        }
        try {
            file.append(checkpoint.get());
        } catch (IOException e) {
            log.error("Could not append the audit checkpoint to {}; it is in the log only", file.path(), e);
        }
        exported.info(checkpoint.get().line());
        lastSeq = checkpoint.get().seq();
        return true;
    }

    private void exportQuietly() {
        try {
            export();
        } catch (RuntimeException e) {
            log.error("Could not export an audit checkpoint", e);
        }
    }

    @Override
    public synchronized void start() {
        file.requireWritable();
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("audit-checkpoints").factory());
        long every = properties.checkpointEvery().toMillis();
        schedule.scheduleWithFixedDelay(this::exportQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @EventListener(ApplicationReadyEvent.class)
    void exportOnceStarted() {
        exportQuietly();
    }

    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = schedule;
            schedule = null;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            running.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exportQuietly();
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule != null;
    }
}
