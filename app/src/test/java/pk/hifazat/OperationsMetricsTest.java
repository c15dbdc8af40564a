package pk.hifazat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.intake.SampleReports;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;

/** The figures an operator watches are on /actuator/prometheus, for administrators only, and move. */
@HifazatTest
class OperationsMetricsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    @Test
    void anAdministratorReadsTheOperationsFiguresAndAFailedSignInCounts() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        String before = scrape(admin);
        assertThat(before).contains("hifazat_reports_received_total{source=\"PUBLIC\"}",
                "hifazat_audit_appends_total", "hifazat_events_incomplete");

        mvc.perform(formLogin("/login").user("nobody-" + System.nanoTime()).password("wrong password"));
        var client = new TestOrganisations(organisations, keys).create();
        mvc.perform(post("/api/v1/reports").header("Authorization", client.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(SampleReports.valid(SampleReports.externalId())))
                .andExpect(status().isCreated());
        String after = scrape(admin);
        assertThat(value(after, "hifazat_signin_failures_total")).isEqualTo(value(before, "hifazat_signin_failures_total") + 1);
        assertThat(value(after, "hifazat_reports_received_total{source=\"INDUSTRY\"}"))
                .isGreaterThanOrEqualTo(value(before, "hifazat_reports_received_total{source=\"INDUSTRY\"}") + 1);
        assertThat(value(after, "hifazat_audit_appends_total")).isGreaterThan(value(before, "hifazat_audit_appends_total"));
    }

    @Test
    void anOfficerMayNotReadThem() throws Exception {
        mvc.perform(get("/actuator/prometheus").session(SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK617"))))
                .andExpect(status().isForbidden());
    }

    private String scrape(MockHttpSession admin) throws Exception {
        return mvc.perform(get("/actuator/prometheus").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The value of a metric, named with its labels when it has any. */
    private static double value(String scrape, String metric) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(metric) + " ([0-9.eE+-]+)$").matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
