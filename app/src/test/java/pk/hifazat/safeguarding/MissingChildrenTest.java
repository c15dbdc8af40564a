package pk.hifazat.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.cases.CaseApi;

/**
 * A child reported missing is a record at once, on the supervisor's home page; one click alerts every
 * unit of the province, which sees it until the record is closed, and no unit of another province does.
 */
@HifazatTest
class MissingChildrenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void aMissingChildIsAlertedToTheWholeProvinceUntilTheRecordIsClosed() throws Exception {
        var officer = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK622")));
        String lastSeen = LocalDateTime.now(ZoneId.of("Asia/Karachi")).minusHours(3).withNano(0).withSecond(0).toString();
        var bad = officer.post(Safeguarding.BASE + "/missing", Map.of("kind", "MISSING", "age", 25, "district", "PK622",
                "place", "Hussain Agahi bazaar", "lastSeenAt", lastSeen));
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(CaseApi.json(bad).get("field").asString()).isEqualTo("age");
        var record = CaseApi.json(officer.post(Safeguarding.BASE + "/missing", Map.of("kind", "ABDUCTED", "age", 8,
                "gender", "FEMALE", "district", "PK622", "place", "Hussain Agahi bazaar", "lastSeenAt", lastSeen,
                "name", "Missing Sealedname")));
        String id = record.get("id").asString();
        assertThat(record.toString()).doesNotContain("Sealedname");

        var supervisor = new CaseApi(mvc, SignIn.as(mvc, users.create("SUPERVISOR", "ZONE-PK6")));
        assertThat(home(supervisor)).containsPattern("\\d+ children are missing or abducted|1 child is missing or abducted");
        var lahore = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK617")));
        var karachi = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK706")));
        assertThat(CaseApi.json(lahore.get(Safeguarding.BASE + "/missing")).toString()).doesNotContain(id);
        assertThat(officer.post(Safeguarding.BASE + "/missing/" + id + "/alert", Map.of()).getResponse().getStatus())
                .as("only a supervisor sends the alert").isEqualTo(403);

        var alerted = CaseApi.json(supervisor.post(Safeguarding.BASE + "/missing/" + id + "/alert", Map.of()));
        assertThat(alerted.get("alertAt").isNull()).isFalse();
        assertThat(supervisor.post(Safeguarding.BASE + "/missing/" + id + "/alert", Map.of()).getResponse().getStatus()).isEqualTo(409);
        assertThat(CaseApi.json(lahore.get(Safeguarding.BASE + "/missing")).toString()).contains(id);
        assertThat(home(lahore)).contains("missing-child alert");
        assertThat(CaseApi.json(karachi.get(Safeguarding.BASE + "/missing")).toString()).doesNotContain(id);

        assertThat(officer.post(Safeguarding.BASE + "/missing/" + id + "/close", Map.of("reason", "Found at a relative's house",
                "found", true)).getResponse().getStatus()).isEqualTo(200);
        assertThat(CaseApi.json(lahore.get(Safeguarding.BASE + "/missing")).toString()).doesNotContain(id);
    }

    @Test
    void theApiDescriptionNamesSafeguardingsEndpointsWithTheStaffToken() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/staff/v1/safeguarding/cases/{number}/refer'].post.security[0].staffToken").exists())
                .andExpect(jsonPath("$.paths['/api/staff/v1/safeguarding/children/{id}/reveal'].post").exists())
                .andExpect(jsonPath("$.paths['/api/staff/v1/safeguarding/office'].get").exists());
    }

    private static String home(CaseApi api) throws Exception {
        return api.get("/?lang=en").getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
