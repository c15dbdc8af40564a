package pk.hifazat.database;

import java.io.IOException;
import java.nio.file.Files;
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
 * postmaster is running". We read its process id from {@code postmaster.pid}, make sure that
 * process really is a {@code postgres} (a stale file may name a recycled id), and ask it to stop
 * with SIGTERM (a "smart" shutdown that flushes and closes cleanly, so committed data is intact).
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ProcessHandle process;

    private OrphanedServer(ProcessHandle process) {
        this.process = process;
    }

    static Optional<OrphanedServer> in(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(firstLine);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(OrphanedServer::isPostgres)
                    .map(OrphanedServer::new);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle handle) {
        Path comm = Path.of("/proc", Long.toString(handle.pid()), "comm");
        try {
            if (Files.isReadable(comm)) {
                return Files.readString(comm).trim().startsWith("postgres");
            }
        } catch (IOException e) {
            return false;
        }
        return handle.info().command().map(c -> c.endsWith("postgres")).orElse(false);
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
