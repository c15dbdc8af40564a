package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServerTest {

    private static final String PASSWORD = OrphanMaker.PASSWORD;

    @TempDir
    Path dataDir;

    private Process child;

    @AfterEach
    void stopTheChildAndItsServer() throws Exception {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            OrphanedServer.in(dataDir.resolve("postgres")).ifPresent(OrphanedServer::stop);
        }
    }

    @Test
    void aKeptDataDirectoryCommitsDurablyWritesPagesOutSteadilyAndCheckpointsRarely() throws Exception {
        try (EmbeddedPostgres server = EmbeddedServer.persistent(dataDir.resolve("postgres"), PASSWORD);
             Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "backend_flush_after")).isEqualTo("256kB");
            assertThat(setting(statement, "bgwriter_delay")).isEqualTo("50ms");
            assertThat(setting(statement, "max_wal_size")).isEqualTo("4GB");
            assertThat(setting(statement, "checkpoint_timeout")).isEqualTo("15min");
            assertThat(bytes(statement, "shared_buffers")).isEqualTo(DataSize.parse(SharedBuffers.setting(null)).toBytes());
        }
    }

    @Test
    void theServersPageMemoryIsTheOneAskedFor() throws Exception {
        try (EmbeddedPostgres server = EmbeddedServer.persistent(dataDir.resolve("postgres"), PASSWORD, DataSize.ofMegabytes(192));
             Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(bytes(statement, "shared_buffers")).isEqualTo(DataSize.ofMegabytes(192).toBytes());
        }
    }

    @Test
    void theServerLetsNoOneInWithoutThePasswordAndTheApplicationsRoleIsNoSuperuser() throws Exception {
        try (EmbeddedPostgres server = EmbeddedServer.persistent(dataDir.resolve("postgres"), PASSWORD)) {
            String url = EmbeddedServer.jdbcUrl(server.getPort());
            for (String role : List.of(EmbeddedServer.SUPERUSER, EmbeddedServer.APPLICATION_ROLE)) {
                assertThatThrownBy(() -> DriverManager.getConnection(url, role, "").close()).as(role)
                        .hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(url, role, "a guess").close()).as(role)
                        .hasMessageContaining("password authentication failed");
            }
            try (Connection application = DriverManager.getConnection(url, EmbeddedServer.APPLICATION_ROLE, PASSWORD);
                 Statement statement = application.createStatement();
                 ResultSet role = statement.executeQuery("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
                role.next();
                assertThat(role.getBoolean(1)).isFalse();
                assertThat(role.getBoolean(2)).isFalse();
            }
        }
    }

    @Test
    void theServersBinariesLieInAFolderOnlyTheApplicationsUserCanEnter() throws Exception {
        Path binaries = dataDir.resolve("pg-binaries");
        Files.createDirectories(binaries.resolve("PG-unpacked-by-an-earlier-version/bin"));
        Files.setPosixFilePermissions(binaries, PosixFilePermissions.fromString("rwxrwxrwx"));

        try (EmbeddedPostgres server = EmbeddedServer.persistent(dataDir.resolve("postgres"), PASSWORD)) {
            assertThat(Files.getPosixFilePermissions(binaries)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(binaries.resolve("PG-unpacked-by-an-earlier-version")).doesNotExist();
            try (var everything = Files.walk(binaries)) {
                assertThat(everything.filter(path -> !Files.isSymbolicLink(path)).filter(EmbeddedServerTest::othersMayWrite))
                        .as("writable by others").isEmpty();
            }
        }
    }

    private static boolean othersMayWrite(Path path) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.contains(PosixFilePermission.OTHERS_WRITE) || permissions.contains(PosixFilePermission.GROUP_WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void stopsTheServerOrphanedByAKilledRunAndKeepsItsData() throws Exception {
        Path pgDir = dataDir.resolve("postgres");
        child = serverInAChildJvm(pgDir);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        var orphan = OrphanedServer.in(pgDir);
        assertThat(orphan).as("the killed JVM left its PostgreSQL running").isPresent();
        long orphanPid = orphan.get().pid();

        try (EmbeddedPostgres server = EmbeddedServer.persistent(pgDir, PASSWORD);
             Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM survivor")) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(OrphanMaker.NOTE);
        }
    }

    @Test
    void aServerWhoseApplicationStillRunsIsNoOrphanAndASecondStartLeavesItServing() throws Exception {
        Path pgDir = dataDir.resolve("postgres");
        child = serverInAChildJvm(pgDir);
        var running = RunningServer.in(pgDir).orElseThrow();

        assertThat(OrphanedServer.in(pgDir)).as("a server whose application is alive").isEmpty();
        assertThatThrownBy(() -> EmbeddedServer.persistent(pgDir, PASSWORD)).isInstanceOf(DataFolderInUseException.class)
                .hasMessageContaining("already running").hasMessageContaining(Long.toString(running.pid()));

        assertThat(running.process().isAlive()).isTrue();
        try (Connection connection = DriverManager.getConnection(EmbeddedServer.jdbcUrl(running.port()),
                EmbeddedServer.SUPERUSER, PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM survivor")) {
            assertThat(rows.next()).as("a new connection to the running application's server").isTrue();
        }
    }

    /** A child JVM that starts a server on the directory and runs on until killed. */
    private Process serverInAChildJvm(Path pgDir) throws Exception {
        Path ready = dataDir.resolve("ready");
        Process started = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), pgDir.toString(),
                ready.toString())
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.exists(ready) && started.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(ready).as("the child committed its row").exists();
        return started;
    }

    @Test
    void shipsOnlyTheLinuxServerBinaries() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(loader.getResource("postgres-linux-x86_64.txz")).isNotNull();
        assertThat(loader.getResource("postgres-windows-x86_64.txz")).isNull();
        assertThat(loader.getResource("postgres-darwin-x86_64.txz")).isNull();
        assertThat(loader.getResource("postgres-linux-x86_64-alpine_linux.txz")).isNull();
    }

    @Test
    void findsNoOrphanWhereThereIsNoServer() throws Exception {
        Files.writeString(dataDir.resolve("postmaster.pid"), "999999999\n");
        assertThat(OrphanedServer.in(dataDir)).isEmpty();
        assertThat(OrphanedServer.in(dataDir.resolve("nothing-here"))).isEmpty();
    }

    private static long bytes(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("SELECT pg_size_bytes(current_setting('" + name + "'))")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
