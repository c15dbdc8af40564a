package pk.hifazat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.hifazat.ChildApplication;

/**
 * Kills the application (SIGKILL) in the middle of a bulk import and proves the promise of the
 * bulk API: every line answered "accepted" survived, and sending the whole file again makes no
 * second report of anything. The application runs in a child JVM on a kept data directory (fsync
 * on), as in production; the demo organisation's key is read from its console.
 */
class BulkImportCrashTest {

    private static final int LINES = 4_000;
    private static final int DISTINCT = 3_500;
    private static final int KILL_AFTER_ACCEPTED = 1_000;
    private static final Pattern KEY = Pattern.compile("API key: (hzk_[A-Za-z0-9_-]+)");
    private static final Pattern ACCEPTED = Pattern.compile(
            "\\{\"line\":(\\d+),\"result\":\"accepted\",\"receipt\":\"([^\"]+)\",\"externalReportId\":\"([^\"]+)\"");

    @TempDir
    Path dataDir;

    @TempDir
    Path outsideTheDataFolder;

    private ChildApplication application;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aKillDuringABulkImportLosesNoAcknowledgedLineAndTheResentFileMakesNoDuplicates() throws Exception {
        int port = ChildApplication.freePort();
        application = start(port, "first.log", "--demo");
        String key = application.awaitLine(KEY, Duration.ofSeconds(120)).group(1);

        Map<String, String> acknowledged = new HashMap<>();
        HttpResponse<java.util.stream.Stream<String>> streaming = http.send(bulk(port, key),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(streaming.statusCode()).isEqualTo(200);
        Iterator<String> answers = streaming.body().iterator();
        boolean summarySeen = false;
        while (acknowledged.size() < KILL_AFTER_ACCEPTED && answers.hasNext()) {
            String answer = answers.next();
            summarySeen |= answer.startsWith("{\"summary\"");
            Matcher accepted = ACCEPTED.matcher(answer);
            if (accepted.find()) {
                acknowledged.put(accepted.group(3), accepted.group(2));
            }
        }
        application.process().destroyForcibly();
        assertThat(application.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(summarySeen).as("the application was killed before it finished the file").isFalse();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACCEPTED);

        application = start(port, "second.log");
        application.awaitLine(Pattern.compile("Started HifazatApplication"), Duration.ofSeconds(120));
        assertThat(storedReceipts(acknowledged.values())).as("every acknowledged receipt survived the kill")
                .containsExactlyInAnyOrderElementsOf(acknowledged.values());
        for (var receipt : acknowledged.entrySet().stream().limit(5).toList()) {
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/reports/" + receipt.getValue()))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(status.statusCode()).as("acknowledged receipt %s", receipt.getValue()).isEqualTo(200);
            assertThat(status.body()).contains(receipt.getKey());
        }

        List<String> resent = http.send(bulk(port, key), HttpResponse.BodyHandlers.ofLines()).body().toList();
        assertThat(resent.getLast()).contains("\"summary\"", "\"lines\":" + LINES, "\"rejected\":0");
        Set<String> receipts = new HashSet<>();
        for (String answer : resent.subList(0, resent.size() - 1)) {
            Matcher accepted = ACCEPTED.matcher(answer);
            assertThat(accepted.find()).as(answer).isTrue();
            receipts.add(accepted.group(2));
            String first = acknowledged.get(accepted.group(3));
            if (first != null) {
                assertThat(accepted.group(2)).as("the receipt given before the kill").isEqualTo(first);
            }
        }
        assertThat(receipts).hasSize(DISTINCT);
        assertThat(reportsInDatabase()).isEqualTo(DISTINCT);
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            application.stop();
        }
        stopOrphanedDatabase();
    }

    /** The file: {@value #LINES} lines, of which the last 500 repeat earlier external ids. */
    private HttpRequest bulk(int port, String key) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/bulk"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(GeneratedFile::new))
                .build();
    }

    /** Generates the lines as they are sent, so the test never holds the file. */
    private static final class GeneratedFile extends InputStream {

        private int line;
        private byte[] current = new byte[0];
        private int position;

        @Override
        public int read() {
            if (position == current.length && !advance()) {
                return -1;
            }
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == current.length && !advance()) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            return count;
        }

        private boolean advance() {
            if (line == LINES) {
                return false;
            }
            int id = line < DISTINCT ? line : line - DISTINCT;
            current = (SampleReports.line("CRASH-" + id) + "\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
            line++;
            return true;
        }
    }

    private ChildApplication start(int port, String log, String... extra) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--hifazat.data-dir=" + dataDir,
                "--hifazat.intake.bulk-batch-size=100",
                "--hifazat.audit.checkpoint-file=" + outsideTheDataFolder.resolve("audit-checkpoints.log"),
                "--spring.main.lazy-initialization=false"));
        arguments.addAll(List.of(extra));
        return ChildApplication.start(dataDir.resolve(log), List.of("-Xmx512m"), arguments.toArray(String[]::new));
    }

    /** Counts the test's reports in the child's own database (its port is in postmaster.pid). */
    private int reportsInDatabase() throws Exception {
        try (Connection connection = childDatabase();
             PreparedStatement count = connection.prepareStatement("""
                     SELECT count(*) FROM report r JOIN reporting_organisation o ON o.id = r.organisation_id
                     WHERE o.name = 'Demo Platform (fictional)' AND r.external_id LIKE 'CRASH-%'""");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Which of these receipts the child's database holds. */
    private List<String> storedReceipts(Collection<String> receipts) throws Exception {
        try (Connection connection = childDatabase();
             PreparedStatement query = connection.prepareStatement("SELECT receipt FROM report WHERE receipt = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", receipts.toArray()));
            List<String> stored = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            return stored;
        }
    }

    private Connection childDatabase() throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        String password = Files.readString(dataDir.resolve("keys").resolve("database-password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", password);
    }

    private void stopOrphanedDatabase() throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(ProcessHandle::destroy);
        }
    }
}
