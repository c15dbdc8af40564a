package pk.hifazat.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.SampleReports;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.privacy.PersonalData;

/** The report intake keeps as it stores it is the report a reader would get from the database. */
@HifazatTest
class KeptReportsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    @Autowired
    RecentReports recent;

    @Autowired
    ReportJson json;

    @Autowired
    PersonalData personalData;

    @Autowired
    IdentifierNormaliser normaliser;

    @Test
    void aReportKeptAsItIsStoredEqualsTheReportReadFromTheDatabase() throws Exception {
        TestOrganisations.Client client = new TestOrganisations(organisations, keys).create();
        String externalId = SampleReports.externalId();
        mvc.perform(post("/api/v1/reports").header("Authorization", client.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(SampleReports.valid(externalId)))
                .andExpect(status().isCreated());
        UUID id = jdbc.sql("SELECT id FROM report WHERE external_id = ?").param(externalId).query(UUID.class).single();
        String version = RecentReports.version(
                jdbc.sql("SELECT xmin::text FROM report WHERE id = ?").param(id).query(String.class).single(), 0);

        IncomingReport kept = recent.current(Map.of(id, version)).get(id);
        IncomingReport read = new IncomingReports(jdbc, json, personalData, normaliser, new RecentReports(0))
                .byIds(List.of(new ReportId(id))).getFirst();

        assertThat(kept).as("kept when stored").isNotNull();
        assertThat(read.files()).isNotEmpty();
        assertThat(read.identifiers()).isNotEmpty();
        assertThat(kept).isEqualTo(read);
    }
}
