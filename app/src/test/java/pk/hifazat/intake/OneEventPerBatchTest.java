package pk.hifazat.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.IntakeProperties;
import pk.hifazat.intake.internal.ReportingOrganisations;

/**
 * A module listening to intake, as triage will, hears one event per stored batch: a bulk file of
 * two and a half batches is three events, with every report in exactly one of them, and costs three
 * rows in the event publication registry, not one per report (counted while the listener still
 * works: a completed publication is deleted; the rows of other modules' listeners, such as linking's,
 * are not counted).
 */
@HifazatTest
class OneEventPerBatchTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class ListeningModule {

        final List<ReportsReceived> heard = new CopyOnWriteArrayList<>();
        /** Holds each listener open, so that its publication is still in the registry to be counted. */
        final CountDownLatch counted = new CountDownLatch(1);

        @ApplicationModuleListener
        void on(ReportsReceived event) throws InterruptedException {
            heard.add(event);
            counted.await(20, TimeUnit.SECONDS);
        }

        void release() {
            counted.countDown();
        }

        /** Through a method: the listener is a proxy (asynchronous, transactional), whose own fields are empty. */
        List<ReportsReceived> heard() {
            return heard;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    @Autowired
    IntakeProperties properties;

    @Autowired
    ListeningModule listener;

    @Test
    void aBulkFileIsAnnouncedOnceForEachStoredBatch() throws Exception {
        var client = new TestOrganisations(organisations, keys).create();
        OrganisationId organisation = new OrganisationId(client.organisation());
        int batch = properties.bulkBatchSize();
        int lines = 2 * batch + batch / 2;
        String file = IntStream.range(0, lines).mapToObj(i -> SampleReports.line(SampleReports.externalId()))
                .collect(Collectors.joining("\n", "", "\n"));
        Instant before = Instant.now();

        mvc.perform(post("/api/v1/reports/bulk").header("Authorization", client.bearer())
                        .contentType("application/x-ndjson").content(file))
                .andExpect(status().isOk());

        List<ReportsReceived> ours = awaitReports(organisation, lines);
        assertThat(ours).hasSize(3);
        assertThat(ours.stream().flatMap(e -> e.ids().stream()).distinct()).hasSize(lines);
        assertThat(jdbc.sql("SELECT id FROM report WHERE organisation_id = ?").param(client.organisation())
                .query((rs, n) -> new ReportId(rs.getObject(1, UUID.class))).list())
                .containsExactlyInAnyOrderElementsOf(ours.stream().flatMap(e -> e.ids().stream()).toList());
        try {
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM event_publication
                            WHERE event_type = ? AND publication_date >= ? AND serialized_event LIKE ?
                              AND listener_id LIKE ?""")
                    .params(ReportsReceived.class.getName(), Timestamp.from(before), "%" + organisation + "%",
                            "%" + ListeningModule.class.getSimpleName() + "%")
                    .query(Integer.class).single()).isEqualTo(3);
        } finally {
            listener.release();
        }
    }

    private List<ReportsReceived> awaitReports(OrganisationId organisation, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<ReportsReceived> ours;
        do {
            ours = listener.heard().stream()
                    .filter(e -> e.reports().stream().anyMatch(r -> organisation.equals(r.organisation())))
                    .toList();
            if (ours.stream().mapToInt(e -> e.reports().size()).sum() >= expected) {
                return ours;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(deadline));
        return ours;
    }
}
