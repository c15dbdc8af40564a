package pk.hifazat.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.util.unit.DataSize;

/**
 * Starts the embedded PostgreSQL 17 server with the settings a real data directory needs.
 *
 * <p>The library starts the server with fsync and synchronous_commit off, which is fine for a
 * throw-away test database but would lose acknowledged reports on a power cut. For a data
 * directory that is kept, both are switched back on.
 *
 * <p>Checkpoints are spaced out (15 minutes, or 4 GB of WAL) for sustained intake: after each
 * checkpoint the first change to every page writes a whole copy of the page to the WAL. With
 * PostgreSQL's defaults (1 GB) a busy intake checkpointed about once a minute, and with 2 GB single
 * reports at 3,000 a second (about 25 MB of WAL a second) still did. The cost is a longer recovery
 * after a crash, and up to 4 GB of disk for the WAL while the intake is that busy.
 *
 * <p>Data pages are handed to the disk as they are written, not left for the kernel to write in
 * bursts. A busy intake writes about 10 MB of table and index pages a second; by default they sit
 * dirty in the page cache until the kernel writes out everything older than 30 s at once, and while
 * it does, the WAL's fsync (which every acknowledged report waits for) took tens of milliseconds
 * instead of about one. {@code backend_flush_after} asks the kernel to start writing after every
 * 256 kB a database process writes, and a busier background writer cleans pages before the
 * processes serving requests have to. Measured at 50 concurrent single reports: p99 30–47 ms
 * instead of 39–169 ms. The cost is more, smaller writes: a bulk import of a million reports runs
 * about a fifth slower (still twice its target), because pages the kernel could have written once
 * are written each time they are evicted.
 *
 * <p>Its page memory ({@code shared_buffers}) is sized for the machine: see {@link SharedBuffers}.
 *
 * <p>The library lets every local connection in without a password, as the superuser. Every server
 * started here requires a password instead (see {@link ServerAccess}), and the application's own
 * connections use {@link #APPLICATION_ROLE}, which is no superuser.
 */
public final class EmbeddedServer {

    /** The superuser: owns the tables and runs the migrations. */
    public static final String SUPERUSER = "postgres";
    /** The role the application's connections use: it may read and write, but not change the audit log. */
    public static final String APPLICATION_ROLE = "hifazat_app";
    /** The database that holds the platform's tables. */
    static final String DATABASE = "postgres";

    private EmbeddedServer() {
    }

    /**
     * A server whose files live in {@code directory} and survive restarts. A server left running there
     * by a killed run is stopped first; one whose application still runs is left alone, and this start
     * refused with a {@link DataFolderInUseException}.
     */
    public static EmbeddedPostgres persistent(Path directory, String password) {
        return persistent(directory, password, null);
    }

    /** As {@link #persistent(Path, String)}, with the server's page memory; null for {@link SharedBuffers}' rule. */
    public static EmbeddedPostgres persistent(Path directory, String password, DataSize sharedBuffers) {
        try {
            Files.createDirectories(directory);
            var running = RunningServer.in(directory);
            if (running.isPresent() && running.get().hasLiveOwner()) {
                throw new DataFolderInUseException(directory.getParent(), running.get().pid());
            }
            OrphanedServer.in(directory).ifPresent(OrphanedServer::stop);
            PrivateBinaries binaries = PrivateBinaries.in(directory.resolveSibling("pg-binaries"));
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.libraryFolder())
                    .setConnectConfig("password", password)
                    .setServerConfig("shared_buffers", SharedBuffers.setting(sharedBuffers))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("backend_flush_after", "256kB")
                    .setServerConfig("bgwriter_delay", "50ms")
                    .setServerConfig("bgwriter_lru_maxpages", "1000")
                    .setServerConfig("bgwriter_lru_multiplier", "4")
                    .setRegisterShutdownHook(false)
                    .start();
            binaries.closeLibraryFolder();
            return ServerAccess.requirePassword(server, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /** A throw-away server in a temporary folder, deleted when closed; its page memory sized as a kept one's. */
    public static EmbeddedPostgres ephemeral(String password) {
        try {
            PrivateBinaries binaries = PrivateBinaries.forThrowAwayServers();
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.libraryFolder())
                    .setConnectConfig("password", password)
                    .setServerConfig("shared_buffers", SharedBuffers.setting(null))
                    .setRegisterShutdownHook(false)
                    .start();
            binaries.closeLibraryFolder();
            return ServerAccess.requirePassword(server, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a temporary embedded PostgreSQL", e);
        }
    }

    /** A throw-away server with a random password, which its data sources carry. */
    public static EmbeddedPostgres ephemeral() {
        return ephemeral(DataFolderKey.random());
    }

    /** The address the application's connections use. */
    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }
}
