package pk.hifazat.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.privacy.PersonalData;

/** Administration → Personal data key: fingerprints, rows left under other keys, and "Re-seal now". */
@HifazatTest
class PersonalDataKeyPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PersonalData personalData;

    @Autowired
    KeyRotation rotation;

    @Autowired
    AuditLog audit;

    @Test
    void anAdministratorSeesTheKeysFingerprintAndNothingLeftUnderAnotherKey() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));

        String page = mvc.perform(get("/admin/personal-data-key").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains(personalData.keyFingerprint()).contains("intake: reports").contains("cases: persons")
                .contains("Re-seal now").doesNotContain("previous-keys");
    }

    @Test
    void reSealNowRunsInTheBackgroundAndIsAuditedAtItsStartAndEnd() throws Exception {
        String username = users.create("ADMINISTRATOR", "HQ");
        var admin = SignIn.as(mvc, username);

        mvc.perform(post("/admin/personal-data-key/reseal").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/personal-data-key"));

        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (rotation.latest().orElseThrow().running() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertThat(rotation.latest().orElseThrow().state()).isEqualTo(ResealRun.State.FINISHED);
        assertThat(audit.latest(10, username, null)).extracting(entry -> entry.action())
                .contains(PrivacyAction.RESEAL_START.code(), PrivacyAction.RESEAL_END.code());
        assertThat(mvc.perform(get("/admin/personal-data-key").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("The re-seal finished");
    }

    @Test
    void theStaffApiAnswersTheSameAsThePage() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));

        String json = mvc.perform(get("/api/staff/v1/privacy/key").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(json).contains("\"current\":\"" + personalData.keyFingerprint() + "\"")
                .contains("\"name\":\"intake: additions\"").contains("\"underOtherKeys\":0");
    }

    @Test
    void onlyAnAdministratorMayOpenOrStartIt() throws Exception {
        var officer = SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623"));

        mvc.perform(get("/admin/personal-data-key").session(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/personal-data-key/reseal").session(officer).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/v1/privacy/key").session(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/v1/privacy/key/reseal").session(officer).with(csrf())).andExpect(status().isForbidden());
    }
}
