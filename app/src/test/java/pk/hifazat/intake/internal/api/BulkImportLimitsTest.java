package pk.hifazat.intake.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.SampleReports;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.intake.internal.ApiClient;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.IntakeProperties;
import pk.hifazat.intake.internal.ReportingOrganisations;

/** What one bulk import may hold in memory, and how many may run at once. */
@HifazatTest
class BulkImportLimitsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    @Autowired
    BulkImporter importer;

    @Autowired
    IntakeProperties properties;

    @Test
    void anImportBeyondTheLimitIsRefusedWith503AndRetryAfterUntilAnotherEnds() throws Exception {
        var client = new TestOrganisations(organisations, keys).create();
        ApiClient apiClient = keys.authenticate(client.key()).orElseThrow();
        String file = SampleReports.line(SampleReports.externalId()) + "\n";
        List<PipedOutputStream> senders = new ArrayList<>();
        List<Future<?>> imports = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(properties.maxConcurrentImports())) {
            try {
                for (int i = 0; i < properties.maxConcurrentImports(); i++) {
                    PipedOutputStream sender = new PipedOutputStream();
                    PipedInputStream received = new PipedInputStream(sender, 1 << 16);
                    Answers answers = new Answers();
                    senders.add(sender);
                    imports.add(threads.submit(() -> {
                        importer.importFile(apiClient, received, () -> answers);
                        return null;
                    }));
                    sendAndPause(sender, SampleReports.line(SampleReports.externalId()));
                    answers.awaitFirstLine();
                }

                mvc.perform(bulk(client, file))
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(header().string("Retry-After", "30"))
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.type").value("urn:hifazat:problem:too-many-imports"));

                senders.getFirst().close();
                imports.getFirst().get();
                mvc.perform(bulk(client, file)).andExpect(status().isOk());
            } finally {
                for (PipedOutputStream sender : senders) {
                    sender.close();
                }
            }
        }
    }

    /**
     * Sends a line, pauses, and sends an empty line: an import notices a pause between two reads,
     * and then stores and answers what it has.
     */
    private static void sendAndPause(PipedOutputStream sender, String line) throws IOException, InterruptedException {
        sender.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        sender.flush();
        Thread.sleep(300);
        sender.write('\n');
        sender.flush();
    }

    @Test
    void aBulkBatchHoldsNoMoreThanItsBytesWhateverItsLineCount() throws Exception {
        var client = new TestOrganisations(organisations, keys).create();
        int reportBytes = 300 * 1024;
        int lines = (int) (properties.batchBytes().toBytes() / reportBytes) * 2 + 1;
        String file = IntStream.range(0, lines).mapToObj(i -> SampleReports.large(SampleReports.externalId(), reportBytes))
                .collect(Collectors.joining("\n", "", "\n"));

        String answer = mvc.perform(bulk(client, file)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(answer.lines().toList().getLast()).contains("\"accepted\":" + lines);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'IMPORT' AND target_id = ?")
                .param(client.organisation().toString()).query(Integer.class).single())
                .as("one audit entry per stored batch").isGreaterThanOrEqualTo(3);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder bulk(
            TestOrganisations.Client client, String file) {
        return post("/api/v1/reports/bulk").header("Authorization", client.bearer())
                .contentType("application/x-ndjson").content(file);
    }

    /** An import's answer as it is written, to wait for its first line. */
    private static final class Answers extends OutputStream {

        private final ByteArrayOutputStream written = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            written.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            written.write(bytes, offset, length);
        }

        void awaitFirstLine() throws IOException, InterruptedException {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (!text().contains("\n")) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("The import did not answer its first line");
                }
                Thread.sleep(20);
            }
            assertThat(text()).contains("\"accepted\"");
        }

        private synchronized String text() {
            return written.toString(StandardCharsets.UTF_8);
        }
    }
}
