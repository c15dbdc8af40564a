package pk.hifazat.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL server that a data directory's {@code postmaster.pid} names, while that process is
 * alive and really is a {@code postgres} (a stale file may name a recycled id).
 *
 * <p>Whether the application that started it is alive too is told by the library's lock file,
 * {@code epg-lock} in the data directory: the JVM that starts the server locks it before the server
 * starts and releases it only after the server has stopped, and the system releases it when that JVM
 * dies, {@code kill -9} included. The lock is checked, never taken for longer than the check.
 */
final class RunningServer {

    static final String OWNER_LOCK = "epg-lock";

    private final Path dataDirectory;
    private final ProcessHandle process;
    private final int port;

    private RunningServer(Path dataDirectory, ProcessHandle process, int port) {
        this.dataDirectory = dataDirectory;
        this.process = process;
        this.port = port;
    }

    static Optional<RunningServer> in(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.getFirst().strip());
            int port = lines.size() > 3 ? Integer.parseInt(lines.get(3).strip()) : -1;
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(RunningServer::isPostgres)
                    .map(process -> new RunningServer(dataDirectory, process, port));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle handle) {
        Path comm = Path.of("/proc", Long.toString(handle.pid()), "comm");
        try {
            if (Files.isReadable(comm)) {
                return Files.readString(comm).strip().startsWith("postgres");
            }
        } catch (IOException e) {
            return false;
        }
        return handle.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    ProcessHandle process() {
        return process;
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    /**
     * Whether the application that started the server still runs. When in doubt (the lock file cannot
     * be opened) the answer is yes: a live server taken for an orphan would be stopped under its
     * application, which is far worse than a start that refuses.
     *
     * <p>Ask from another process than the owner: the system's locks belong to a process, and closing
     * the channel opened here would release the owner's lock if this were its JVM.
     */
    boolean hasLiveOwner() {
        Path lock = dataDirectory.resolve(OWNER_LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                return true;
            }
            taken.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }
}
