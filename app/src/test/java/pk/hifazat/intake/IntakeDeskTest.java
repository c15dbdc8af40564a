package pk.hifazat.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;

@HifazatTest
class IntakeDeskTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Intake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    @Test
    void anAnalystSeesTheNewestReportsFirstAndEachInFullAndEveryViewIsAudited() throws Exception {
        Receipt older = tip("The older tip.");
        Receipt newer = tip("The newer tip.");
        String analyst = users.create("INTAKE_ANALYST", "HQ");
        var session = SignIn.as(mvc, analyst);

        String list = mvc.perform(get("/intake").session(session).param("source", "PUBLIC"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list.indexOf(newer.code().value())).isPositive().isLessThan(list.indexOf(older.code().value()));

        mvc.perform(get("/intake/reports/" + newer.report()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The newer tip.")))
                .andExpect(content().string(containsString(newer.code().value())));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'VIEW' AND target_type = 'Report' "
                        + "AND target_id = ? AND detail NOT LIKE '%newer%'")
                .params(analyst, newer.report().toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = ? AND target_type = 'IncomingReports'")
                .param(analyst).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anIndustryReportIsShownInFullWithItsNormalisedIdentifiersAndNoFileContent() throws Exception {
        var client = new TestOrganisations(organisations, keys).create();
        String answer = mvc.perform(post("/api/v1/reports").header("Authorization", client.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(SampleReports.valid(SampleReports.externalId())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String receipt = answer.replaceAll(".*\"receipt\":\"([^\"]+)\".*", "$1");
        UUID id = jdbc.sql("SELECT id FROM report WHERE receipt = ?").param(receipt).query(UUID.class).single();

        var session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(get("/intake/reports/" + id).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Online enticement of a child for sexual acts")))
                .andExpect(content().string(containsString("@bad_actor_99")))
                .andExpect(content().string(containsString("+923001234567")))
                .andExpect(content().string(containsString("bad.actor@example.com")))
                .andExpect(content().string(containsString("2001:db8::1")))
                .andExpect(content().string(containsString("MD5 d41d8cd98f00b204e9800998ecf8427e")))
                .andExpect(content().string(containsString("A2: prepubescent, lascivious exhibition")))
                .andExpect(content().string(containsString("11–13")))
                .andExpect(content().string(containsString("Grooming")))
                .andExpect(content().string(not(containsString("<img"))));
        mvc.perform(get("/intake/reports/" + id).session(session).param("lang", "ur"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("رپورٹ کیے گئے افراد")));
    }

    @Test
    void theListIsPagedByPositionSoNoReportIsSkippedOrRepeated() throws Exception {
        for (int i = 0; i < 55; i++) {
            tip("Paging tip " + i);
        }
        var session = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        String first = mvc.perform(get("/intake").session(session)).andReturn().getResponse().getContentAsString();
        Matcher next = Pattern.compile("href=\"(/intake\\?[^\"]*after=[^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        String second = mvc.perform(get(next.group(1).replace("&amp;", "&")).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> onFirst = receipts(first);
        List<String> onSecond = receipts(second);
        assertThat(onFirst).hasSize(50);
        assertThat(onSecond).isNotEmpty().doesNotContainAnyElementsOf(onFirst);
    }

    @Test
    void filtersByIncidentType() throws Exception {
        var content = new ReportContent(null, IncidentType.CHILD_SEX_TOURISM, null, null, null, null, null, "Tourism tip",
                null, null, null, null, null);
        Receipt tourism = intake.submitTip(content, null);
        Receipt other = tip("Not tourism");
        var session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(get("/intake").session(session).param("type", "CHILD_SEX_TOURISM"))
                .andExpect(content().string(containsString(tourism.code().value())))
                .andExpect(content().string(not(containsString(other.code().value()))));
    }

    @Test
    void anAnalystMovesTheStatusOnAndTheReporterSeesIt() throws Exception {
        Receipt receipt = tip("Status tip");
        var session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(post("/intake/reports/" + receipt.report() + "/status").session(session).with(csrf())
                        .param("status", "UNDER_REVIEW"))
                .andExpect(status().is3xxRedirection());
        assertThat(intake.status(receipt.code()).orElseThrow().status()).isEqualTo(ReportStatus.UNDER_REVIEW);
    }

    @Test
    void onlyTheNationalIntakeRolesSeeTheDesk() throws Exception {
        Receipt receipt = tip("Restricted tip");
        var officer = SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK617"));
        mvc.perform(get("/intake").session(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/intake/reports/" + receipt.report()).session(officer)).andExpect(status().isForbidden());

        String zonal = users.create("SUPERVISOR", "ZONE-PK6");
        var zonalSession = SignIn.as(mvc, zonal);
        mvc.perform(get("/intake").session(zonalSession)).andExpect(status().isForbidden());
        mvc.perform(get("/intake/reports/" + receipt.report()).session(zonalSession))
                .andExpect(status().isForbidden());
        // Refused by the desk's rule (a national role) before the report is read: recorded once, by its path.
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = ? AND outcome = 'REFUSED' AND target_id = ?")
                .params(zonal, "/intake/reports/" + receipt.report()).query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/intake/reports/" + receipt.report()).session(SignIn.as(mvc, users.create("SUPERVISOR", "HQ"))))
                .andExpect(status().isOk());
        mvc.perform(get("/intake")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theDeskSpeaksUrdu() throws Exception {
        var session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(get("/intake").session(session).param("lang", "ur"))
                .andExpect(content().string(containsString("dir=\"rtl\"")))
                .andExpect(content().string(containsString("آنے والی رپورٹیں")));
    }

    @Test
    void anUnknownReportIsNotFound() throws Exception {
        var session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(get("/intake/reports/not-an-id").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/intake/reports/00000000-0000-7000-8000-000000000000").session(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTimeGivenInWordsIsShownWithoutSayingThatNoneWasGiven() throws Exception {
        Receipt receipt = intake.submitTip(new ReportContent(null, null, null, "yesterday evening", null, null, null,
                "A tip with a time in words.", null, null, null, null, null), null);
        var session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(get("/intake/reports/" + receipt.report()).session(session))
                .andExpect(content().string(containsString("yesterday evening")))
                .andExpect(content().string(not(containsString("not given</span>"))));
    }

    private Receipt tip(String description) {
        return intake.submitTip(new ReportContent(null, null, null, null, null, null, null, description, null, null,
                null, null, null), null);
    }

    private static List<String> receipts(String page) {
        return Pattern.compile(">(HZ-[0-9A-Z]{4}-[0-9A-Z]{4})<").matcher(page).results().map(m -> m.group(1)).toList();
    }
}
