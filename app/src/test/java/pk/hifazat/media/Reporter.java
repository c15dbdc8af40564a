package pk.hifazat.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.intake.Announcements;
import pk.hifazat.intake.ReportArrival;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.TestOrganisations;

/** An industry reporter sending reports of one file through intake's API, and a way to wait for what matching found. */
final class Reporter {

    private final MockMvc mvc;
    private final ConfigurableApplicationContext context;
    private final TestOrganisations.Client client;
    private final KnownMaterial material;

    Reporter(MockMvc mvc, ConfigurableApplicationContext context, TestOrganisations organisations) {
        this.mvc = mvc;
        this.context = context;
        this.client = organisations.create();
        this.material = context.getBean(KnownMaterial.class);
    }

    TestOrganisations.Client client() {
        return client;
    }

    /** Sends a report naming one file by its hashes (a JSON object's members), and returns its id once stored. */
    ReportId report(String fileHashes) throws Exception {
        String json = """
                {"externalReportId": "M-%s", "incidentType": "CHILD_SEXUAL_ABUSE_MATERIAL",
                 "incidentTime": "2026-11-20T14:03:00+05:00", "files": [{%s}]}
                """.formatted(UUID.randomUUID(), fileHashes);
        try (Announcements announced = Announcements.of(context, client.organisation())) {
            mvc.perform(post("/api/v1/reports").header("Authorization", client.bearer())
                            .contentType(MediaType.APPLICATION_JSON).content(json))
                    .andExpect(status().isCreated());
            assertThat(announced.reports()).hasSize(1);
            return announced.reports().getFirst().report();
        }
    }

    /** Sends reports of one file each as one bulk file (one stored batch), and returns their ids. */
    List<ReportId> bulk(List<String> fileHashes) throws Exception {
        String lines = fileHashes.stream().map(hashes -> """
                {"externalReportId": "M-%s", "incidentType": "CHILD_SEXUAL_ABUSE_MATERIAL", \
                "incidentTime": "2026-11-20T14:03:00+05:00", "files": [{%s}]}""".formatted(UUID.randomUUID(), hashes))
                .collect(Collectors.joining("\n", "", "\n"));
        try (Announcements announced = Announcements.of(context, client.organisation())) {
            mvc.perform(post("/api/v1/reports/bulk").header("Authorization", client.bearer())
                            .contentType("application/x-ndjson").content(lines))
                    .andExpect(status().isOk());
            assertThat(announced.reports()).hasSize(fileHashes.size());
            return announced.reports().stream().map(ReportArrival::report).toList();
        }
    }

    /** Waits until what matching stored for the report passes the check. */
    ReportMaterial await(ReportId report, Predicate<ReportMaterial> check) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        ReportMaterial found = material.materialOf(report);
        while (!check.test(found)) {
            assertThat(Instant.now()).as("matching found what was expected; last: " + found).isBefore(until);
            Thread.sleep(50);
            found = material.materialOf(report);
        }
        return found;
    }
}
