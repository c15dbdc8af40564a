package pk.hifazat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;

/**
 * A report naming an account longer than an index row can hold (a profile address of 1,900
 * Chinese characters) is triaged like any other: it once stopped the triage of its whole batch.
 */
@HifazatTest
class LongAccountsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ReportingOrganisations organisations;
    @Autowired ApiKeys keys;

    @Test
    void aProfileAddressOfFiveThousandBytesIsTriaged() throws Exception {
        var client = new TestOrganisations(organisations, keys).create();
        String external = "LONG-" + UUID.randomUUID();
        String address = "https://example.cn/" + UUID.randomUUID() + "页".repeat(1900);
        String report = """
                {"externalReportId": "%s", "incidentType": "ONLINE_ENTICEMENT", "incidentTime": "2026-11-20T14:03:00+05:00",
                 "description": "Messages to a child",
                 "persons": [{"accounts": [{"platform": "Weibo", "profileUrl": "%s"}]}],
                 "location": {"country": "PK", "district": "Multan"}}""".formatted(external, address);
        var answer = mvc.perform(post("/api/v1/reports").header("Authorization", client.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(report)).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);
        UUID id = jdbc.sql("SELECT id FROM report WHERE external_id = ?").param(external).query(UUID.class).single();
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until && jdbc.sql("SELECT count(*) FROM triage_report WHERE report_id = ?").param(id)
                .query(Long.class).single() == 0) {
            TriageTestReports.sleep();
        }
        assertThat(jdbc.sql("SELECT cardinality(accounts) FROM triage_report WHERE report_id = ?").param(id)
                .query(Long.class).single()).isPositive();
    }
}
