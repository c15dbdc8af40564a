package pk.hifazat.backup.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

/**
 * A consistent copy of a running PostgreSQL server's files, taken with the server alone: the
 * embedded binaries have no {@code pg_dump} or {@code pg_basebackup}, and a dump made by Debian's
 * older client would refuse the newer server.
 *
 * <p>The files are copied between {@code pg_backup_start} and {@code pg_backup_stop} while the server
 * goes on writing, so the copy on its own is torn; the write-ahead log from the start to the stop
 * repairs it on the first start after a restore (the server replays it from the checkpoint that
 * {@code backup_label} names). That log is kept from being recycled during the copy by a temporary
 * replication slot, which disappears with the session even if the backup dies half-way.
 *
 * <p>Left out, as PostgreSQL's documentation lists: the lock and pid files, the contents of the
 * directories the server rebuilds at start (temporary statistics, notifications, subtransactions,
 * replication slots, shared memory), relation-cache init files and temporary files.
 */
public final class BaseBackup {

    private static final Set<String> FILES_LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old", "current_logfiles");
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    private final DataSource superuser;
    private final Path serverDirectory;

    public BaseBackup(DataSource superuser, Path serverDirectory) {
        this.superuser = superuser;
        this.serverDirectory = serverDirectory;
    }

    /** What was copied: the log positions around the copy and every file's SHA-256. */
    public record Copy(String startLsn, String stopLsn, long bytes, SortedMap<String, String> files) {
    }

    /**
     * Copies the server's files into {@code target} (which must be empty), reporting the bytes copied
     * so far to {@code progress}.
     */
    public Copy into(Path target, LongConsumer progress) throws IOException, SQLException {
        SortedMap<String, String> files = new TreeMap<>();
        long[] bytes = {0};
        try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("SELECT pg_create_physical_replication_slot('hifazat_backup_' || pg_backend_pid(), true, true)");
            String start = single(sql, "SELECT pg_backup_start('hifazat ' || now(), true)");
            String startSegment = single(sql, "SELECT pg_walfile_name('" + start + "')");
            copyData(target, files, bytes, progress);
            String stop;
            try (ResultSet ended = sql.executeQuery("SELECT lsn, labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                ended.next();
                stop = ended.getString("lsn");
                Files.writeString(target.resolve("backup_label"), ended.getString("labelfile"));
                files.put("backup_label", FileDigest.of(target.resolve("backup_label")));
                String tablespaces = ended.getString("spcmapfile");
                if (tablespaces != null && !tablespaces.isBlank()) {
                    Files.writeString(target.resolve("tablespace_map"), tablespaces);
                    files.put("tablespace_map", FileDigest.of(target.resolve("tablespace_map")));
                }
            }
            sql.execute("SELECT pg_switch_wal()");
            String stopSegment = single(sql, "SELECT pg_walfile_name('" + stop + "')");
            copyLog(target, startSegment, stopSegment, files, bytes, progress);
            return new Copy(start, stop, bytes[0], files);
        }
    }

    private void copyData(Path target, SortedMap<String, String> files, long[] bytes, LongConsumer progress)
            throws IOException {
        Files.walkFileTree(serverDirectory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                Path relative = serverDirectory.relativize(directory);
                Files.createDirectories(target.resolve(relative.toString()));
                boolean emptied = relative.getNameCount() == 1 && EMPTIED_DIRECTORIES.contains(relative.toString());
                return emptied ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = serverDirectory.relativize(file);
                String name = file.getFileName().toString();
                boolean leftOut = relative.getNameCount() == 1 && FILES_LEFT_OUT.contains(name)
                        || name.startsWith("pgsql_tmp") || name.equals("pg_internal.init");
                if (!leftOut && attributes.isRegularFile()) {
                    copyFile(file, target.resolve(relative.toString()), relative.toString(), files, bytes, progress);
                }
                return FileVisitResult.CONTINUE;
            }

            /** A table dropped or a temporary file removed while it was being copied needs no copy. */
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
    }

    private void copyLog(Path target, String startSegment, String stopSegment, SortedMap<String, String> files,
                         long[] bytes, LongConsumer progress) throws IOException {
        Path log = serverDirectory.resolve("pg_wal");
        try (var segments = Files.list(log)) {
            for (Path segment : segments.sorted().toList()) {
                String name = segment.getFileName().toString();
                boolean needed = name.length() == 24 && name.compareTo(startSegment) >= 0 && name.compareTo(stopSegment) <= 0
                        || name.endsWith(".history");
                if (needed && Files.isRegularFile(segment)) {
                    copyFile(segment, target.resolve("pg_wal").resolve(name), "pg_wal/" + name, files, bytes, progress);
                }
            }
        }
    }

    private static void copyFile(Path from, Path to, String name, SortedMap<String, String> files, long[] bytes,
                                 LongConsumer progress) throws IOException {
        try {
            files.put(name, FileDigest.copy(from, to));
            bytes[0] += Files.size(to);
            progress.accept(bytes[0]);
        } catch (NoSuchFileException vanished) {
            Files.deleteIfExists(to);
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
