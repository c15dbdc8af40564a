package pk.hifazat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import pk.hifazat.ChildApplication;
import pk.hifazat.HifazatApplication;

/**
 * {@code ./hifazat audit-verify} on the data folder of a running Hifazat reads that application's
 * database and leaves it serving: it once took the running server for one orphaned by a killed run
 * and stopped it. The application runs in a child JVM on a kept data folder, as in production.
 */
class AuditVerifyBesideARunningApplicationTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path outsideTheDataFolder;

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private ChildApplication application;

    @Test
    void verifiesTheRunningApplicationsChainAndLeavesItsDatabaseServing() throws Exception {
        int port = ChildApplication.freePort();
        Path checkpoints = outsideTheDataFolder.resolve("audit-checkpoints.log");
        application = ChildApplication.start(outsideTheDataFolder.resolve("application.log"), List.of(),
                "--server.port=" + port, "--hifazat.data-dir=" + dataDir, "--hifazat.audit.checkpoint-file=" + checkpoints);
        application.awaitLine(Pattern.compile("Started HifazatApplication"), PATIENCE);
        application.awaitLine(checkpoints, Pattern.compile("hifazat-audit-checkpoint"), PATIENCE);
        long serverPid = serverPid();

        // As the launcher runs it; on the command line, which outranks the tests' system properties.
        var verify = new SpringApplicationBuilder(HifazatApplication.class)
                .web(WebApplicationType.NONE)
                .run("--hifazat.command=audit-verify", "--hifazat.ephemeral=false", "--hifazat.data-dir=" + dataDir,
                        "--hifazat.audit.checkpoint-file=" + checkpoints,
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false");
        assertThat(verify.getBean(AuditLog.class).verify().checkpointsMatched()).as("its checkpoints").isPositive();
        assertThat(SpringApplication.exit(verify)).as("the running application's chain is intact").isZero();

        assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive)).as("its database server").contains(true);
        assertThat(serverPid()).isEqualTo(serverPid);
        String password = Files.readString(dataDir.resolve("keys/database-password")).strip();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + serverPort() + "/postgres",
                "hifazat_app", password)) {
            assertThat(connection.isValid(5)).as("a new connection to its database").isTrue();
        }
        try (var http = HttpClient.newHttpClient()) {
            var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"UP\"");
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            application.stop();
        }
    }

    private List<String> postmasterPid() throws IOException {
        return Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
    }

    private long serverPid() throws IOException {
        return Long.parseLong(postmasterPid().getFirst().strip());
    }

    private int serverPort() throws IOException {
        return Integer.parseInt(postmasterPid().get(3).strip());
    }
}
