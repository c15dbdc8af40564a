package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServerTest {

    @TempDir
    Path dataDir;

    @Test
    void aKeptDataDirectoryCommitsDurablyWritesPagesOutSteadilyAndCheckpointsRarely() throws Exception {
        try (EmbeddedPostgres server = EmbeddedServer.persistent(dataDir.resolve("postgres"));
             Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "backend_flush_after")).isEqualTo("256kB");
            assertThat(setting(statement, "bgwriter_delay")).isEqualTo("50ms");
            assertThat(setting(statement, "max_wal_size")).isEqualTo("4GB");
            assertThat(setting(statement, "checkpoint_timeout")).isEqualTo("15min");
        }
    }

    @Test
    void stopsTheServerOrphanedByAKilledRunAndKeepsItsData() throws Exception {
        Path pgDir = dataDir.resolve("postgres");
        Path ready = dataDir.resolve("ready");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), pgDir.toString(),
                ready.toString())
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.exists(ready) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(ready).as("the child committed its row").exists();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        var orphan = OrphanedServer.in(pgDir);
        assertThat(orphan).as("the killed JVM left its PostgreSQL running").isPresent();
        long orphanPid = orphan.get().pid();

        try (EmbeddedPostgres server = EmbeddedServer.persistent(pgDir);
             Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM survivor")) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(OrphanMaker.NOTE);
        }
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

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
