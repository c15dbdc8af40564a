package pk.hifazat.database;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by an earlier JVM that was killed without shutting it down.
 *
 * <p>The embedded server is started through {@code pg_ctl}, which detaches it: a {@code kill -9} of
 * the JVM leaves it running on the data directory and the next start fails with "another
 * postmaster is running". A server is an orphan only when its application is dead (see
 * {@link RunningServer#hasLiveOwner()}); a server whose application runs is never touched. An orphan
 * is asked to stop with SIGTERM (a "smart" shutdown that flushes and closes cleanly, so committed
 * data is intact).
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ProcessHandle process;

    private OrphanedServer(ProcessHandle process) {
        this.process = process;
    }

    static Optional<OrphanedServer> in(Path dataDirectory) {
        return RunningServer.in(dataDirectory)
                .filter(server -> !server.hasLiveOwner())
                .map(server -> new OrphanedServer(server.process()));
    }

    long pid() {
        return process.pid();
    }

    /** Stops the server and waits until it has gone. */
    void stop() {
        log.warn("Stopping an orphaned embedded PostgreSQL server (pid {}) left by an earlier run", process.pid());
        process.destroy();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (process.isAlive()) {
            throw new IllegalStateException("The orphaned PostgreSQL server (pid " + process.pid()
                    + ") did not stop within " + PATIENCE.toSeconds() + " s; stop it by hand");
        }
    }
}
