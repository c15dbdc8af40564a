package pk.hifazat.intake.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.SampleReports;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.IntakeProperties;
import pk.hifazat.intake.internal.ReportingOrganisations;

/** A flood of single reports is turned away at the door, not held in the heap. */
@HifazatTest
class ReportsInFlightTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    @Autowired
    ReportsInFlight inFlight;

    @Autowired
    IntakeProperties properties;

    @Test
    void aReportThatFindsNoRoomIsAnsweredBusyAndNothingIsStored() throws Exception {
        TestOrganisations.Client client = new TestOrganisations(organisations, keys).create();
        int all = (int) (properties.reportsInFlight().toBytes() / ReportsInFlight.SLOT_BYTES);
        String externalId = SampleReports.externalId();
        assertThat(inFlight.enter(all)).isTrue();
        try {
            mvc.perform(report(client, externalId))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "2"))
                    .andExpect(jsonPath("$.type").value("urn:hifazat:problem:busy"))
                    .andExpect(jsonPath("$.detail").value(containsString("Nothing was read or stored")));
        } finally {
            inFlight.leave(all);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM report WHERE external_id = ?").param(externalId).query(Integer.class).single())
                .isZero();

        mvc.perform(report(client, externalId)).andExpect(status().isCreated());
    }

    @Test
    void aReportTakesRoomByItsSize() {
        assertThat(inFlight.slotsFor(1_400)).isEqualTo(1);
        assertThat(inFlight.slotsFor(40_000)).isEqualTo(3);
        assertThat(inFlight.slotsFor(-1)).isEqualTo(inFlight.slotsFor(properties.maxReportSize().toBytes()));
        assertThat(inFlight.slotsFor(10L * properties.maxReportSize().toBytes()))
                .isEqualTo(inFlight.slotsFor(properties.maxReportSize().toBytes()));
    }

    private static MockHttpServletRequestBuilder report(TestOrganisations.Client client, String externalId) {
        return post("/api/v1/reports").header("Authorization", client.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(SampleReports.valid(externalId));
    }
}
