package pk.hifazat.backup;

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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import pk.hifazat.ChildApplication;
import pk.hifazat.HifazatApplication;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.intake.SampleReports;
import pk.hifazat.privacy.AesGcm;
import pk.hifazat.privacy.PersonalData;

/**
 * {@code ./hifazat backup} while reports arrive, and {@code ./hifazat restore} onto a new data
 * folder: every report acknowledged before the backup began is there, so are some that arrived
 * during the copy, the audit chain verifies, and a sealed report opens with the same key. A restore
 * with another key, or into a folder that has a database, writes nothing.
 */
class BackupAndRestoreTest {

    private static final Pattern KEY = Pattern.compile("API key: (hzk_[A-Za-z0-9_-]+)");
    private static final Pattern RECEIPT = Pattern.compile("\"receipt\":\"([^\"]+)\"");
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path original;

    @TempDir
    Path restored;

    @TempDir
    Path outside;

    private ChildApplication application;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aBackupTakenWhileReportsArriveRestoresEveryAcknowledgedReportAndAnIntactAuditChain() throws Exception {
        int port = ChildApplication.freePort();
        application = start(original, port, "original.log", "first-checkpoints.log", "--demo");
        String apiKey = application.awaitLine(KEY, PATIENCE).group(1);

        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread sender = Thread.ofPlatform().start(() -> {
            while (sending.get()) {
                send(port, apiKey).ifPresent(receipt -> acknowledged.put(receipt, System.nanoTime()));
            }
        });
        while (acknowledged.size() < 50) {
            Thread.sleep(50);
        }
        long backupBegan = System.nanoTime();
        Path backup = outside.resolve("backup");
        var command = new SpringApplicationBuilder(HifazatApplication.class).web(WebApplicationType.NONE)
                .run("--hifazat.command=backup", "--hifazat.ephemeral=false", "--hifazat.data-dir=" + original,
                        "--hifazat.backup.directory=" + backup,
                        "--hifazat.audit.checkpoint-file=" + outside.resolve("first-checkpoints.log"),
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false");
        assertThat(SpringApplication.exit(command)).as("the backup command's exit code").isZero();
        long backupEnded = System.nanoTime();
        Thread.sleep(500);
        sending.set(false);
        sender.join();
        application.stop();

        List<String> beforeTheBackup = acknowledged.entrySet().stream().filter(e -> e.getValue() < backupBegan)
                .map(Map.Entry::getKey).toList();
        List<String> during = acknowledged.entrySet().stream()
                .filter(e -> e.getValue() >= backupBegan && e.getValue() < backupEnded).map(Map.Entry::getKey).toList();
        BackupManifest manifest = BackupManifest.readFrom(backup);
        assertThat(manifest.personalDataKey()).hasSize(8);
        assertThat(manifest.files()).containsKeys("backup_label", "PG_VERSION");
        assertThat(Files.readString(backup.resolve(BackupManifest.FILE))).doesNotContain(keyOf(original));

        Files.createDirectories(restored.resolve("keys"));
        assertThat(Restore.fromCommandLine(restoreArguments(backup), Map.of("HIFAZAT_DATA_KEY", randomKey())))
                .as("a restore with another key").isEqualTo(1);
        assertThat(restored.resolve("postgres")).doesNotExist();
        Files.copy(original.resolve("keys/personal-data.key"), restored.resolve("keys/personal-data.key"));
        Files.copy(original.resolve("keys/audit.key"), restored.resolve("keys/audit.key"));
        assertThat(Restore.fromCommandLine(restoreArguments(backup), Map.of())).as("the restore's exit code").isZero();
        assertThat(Restore.fromCommandLine(restoreArguments(backup), Map.of()))
                .as("a second restore into a folder that now has a database").isEqualTo(1);

        application = start(restored, port, "restored.log", "restored-checkpoints.log");
        application.awaitLine(Pattern.compile("Started HifazatApplication"), PATIENCE);
        Set<String> present = presentReceipts(acknowledged.keySet());
        assertThat(present).as("every report acknowledged before the backup began").containsAll(beforeTheBackup);
        assertThat(present).as("reports acknowledged during the copy are replayed from its log")
                .containsAnyElementsOf(during.isEmpty() ? beforeTheBackup : during);
        assertThat(sealedDescription(beforeTheBackup.getFirst())).contains("asked a child for pictures");

        var verify = new SpringApplicationBuilder(HifazatApplication.class).web(WebApplicationType.NONE)
                .run("--hifazat.command=audit-verify", "--hifazat.ephemeral=false", "--hifazat.data-dir=" + restored,
                        "--hifazat.audit.checkpoint-file=" + outside.resolve("restored-checkpoints.log"),
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false");
        assertThat(verify.getBean(AuditLog.class).verify().entriesChecked()).isPositive();
        assertThat(SpringApplication.exit(verify)).as("the restored audit chain verifies").isZero();
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            application.stop();
        }
    }

    private java.util.Optional<String> send(int port, String apiKey) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                    .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(SampleReports.valid(SampleReports.externalId()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            var receipt = RECEIPT.matcher(answer.body());
            return answer.statusCode() == 201 && receipt.find() ? java.util.Optional.of(receipt.group(1))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private String[] restoreArguments(Path backup) {
        return new String[] {"--hifazat.command=restore", "--hifazat.backup.directory=" + backup,
                "--hifazat.data-dir=" + restored};
    }

    private ChildApplication start(Path dataDir, int port, String log, String checkpoints, String... extra) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--hifazat.data-dir=" + dataDir,
                "--hifazat.audit.checkpoint-file=" + outside.resolve(checkpoints)));
        arguments.addAll(List.of(extra));
        return ChildApplication.start(outside.resolve(log), List.of("-Xmx512m"), arguments.toArray(String[]::new));
    }

    private Set<String> presentReceipts(Set<String> receipts) throws Exception {
        try (Connection connection = restoredDatabase();
             PreparedStatement query = connection.prepareStatement("SELECT receipt FROM report WHERE receipt = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", receipts.toArray()));
            Set<String> present = new java.util.HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    present.add(rows.getString(1));
                }
            }
            return present;
        }
    }

    /** Opens the report's sealed normalised form with the personal-data key the restore was given. */
    private String sealedDescription(String receipt) throws Exception {
        byte[] key = Base64.getDecoder().decode(keyOf(restored));
        var personalData = new PersonalData(AesGcm.of(key), PersonalData.fingerprintOf(key));
        try (Connection connection = restoredDatabase();
             PreparedStatement query = connection.prepareStatement("SELECT id, normalised FROM report WHERE receipt = ?")) {
            query.setString(1, receipt);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return personalData.open(row.getBytes("normalised"), row.getObject("id", java.util.UUID.class), "normalised");
            }
        }
    }

    private Connection restoredDatabase() throws Exception {
        List<String> pid = Files.readAllLines(restored.resolve("postgres/postmaster.pid"));
        String password = Files.readString(restored.resolve("keys/database-password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", password);
    }

    private static String keyOf(Path dataFolder) throws IOException {
        return Files.readString(dataFolder.resolve("keys/personal-data.key")).strip();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
