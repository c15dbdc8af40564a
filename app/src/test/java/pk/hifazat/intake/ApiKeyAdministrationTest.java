package pk.hifazat.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

@HifazatTest
class ApiKeyAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorAddsAnOrganisationIssuesAKeyShownOnceAndRevokesIt() throws Exception {
        String admin = users.create("ADMINISTRATOR", "HQ");
        var session = SignIn.as(mvc, admin);
        String name = "Platform " + UUID.randomUUID();
        mvc.perform(post("/admin/api-keys/organisations").session(session).with(csrf())
                        .param("name", name).param("kind", "PLATFORM"))
                .andExpect(status().is3xxRedirection());
        UUID organisation = jdbc.sql("SELECT id FROM reporting_organisation WHERE name = ?").param(name)
                .query(UUID.class).single();

        String page = mvc.perform(post("/admin/api-keys/organisations/" + organisation + "/keys").session(session)
                        .with(csrf()).param("label", "production"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = Pattern.compile("id=\"issued-key\"[^>]*>(hzk_[A-Za-z0-9_-]{43})<").matcher(page);
        assertThat(shown.find()).isTrue();
        String key = shown.group(1);
        assertThat(jdbc.sql("SELECT count(*) FROM api_key WHERE organisation_id = ? AND encode(key_hash, 'hex') = "
                        + "encode(sha256(convert_to(?, 'UTF8')), 'hex')")
                .params(organisation, key).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/api-keys").session(session))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString(key))));

        mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + key)
                        .contentType(MediaType.APPLICATION_JSON).content(SampleReports.valid(SampleReports.externalId())))
                .andExpect(status().isCreated());
        UUID keyId = jdbc.sql("SELECT id FROM api_key WHERE organisation_id = ?").param(organisation).query(UUID.class).single();
        mvc.perform(get("/admin/api-keys").session(session))
                .andExpect(content().string(containsString("Last used")));
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM api_key WHERE id = ?").param(keyId)
                .query(Boolean.class).single()).as("the report sent with it").isTrue();
        mvc.perform(get("/admin/api-keys/keys/" + keyId + "/revoke").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Revoke this key?")));
        mvc.perform(post("/admin/api-keys/keys/" + keyId + "/revoke").session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Revoke this key?")));
        assertThat(jdbc.sql("SELECT revoked_at IS NULL FROM api_key WHERE id = ?").param(keyId).query(Boolean.class)
                .single()).as("not revoked without the confirmation").isTrue();
        mvc.perform(post("/admin/api-keys/keys/" + keyId + "/revoke").session(session).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + key)
                        .contentType(MediaType.APPLICATION_JSON).content(SampleReports.valid(SampleReports.externalId())))
                .andExpect(status().isUnauthorized());

        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE actor = ? AND target_type IN ('ReportingOrganisation', 'ApiKey') "
                        + "ORDER BY seq").param(admin).query(String.class).list())
                .containsExactly("CREATE", "ISSUE", "REVOKE");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE detail LIKE ?").param("%" + key + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void refusesAnOrganisationWithoutANameOrWithATakenOne() throws Exception {
        var session = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        mvc.perform(post("/admin/api-keys/organisations").session(session).with(csrf()).param("name", "").param("kind", "ALIENS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the organisation&#39;s name")))
                .andExpect(content().string(containsString("There is no such kind of organisation")));
        String name = "Taken " + UUID.randomUUID();
        mvc.perform(post("/admin/api-keys/organisations").session(session).with(csrf()).param("name", name).param("kind", "NCMEC"));
        mvc.perform(post("/admin/api-keys/organisations").session(session).with(csrf())
                        .param("name", name.toUpperCase()).param("kind", "NCMEC"))
                .andExpect(content().string(containsString("There is already an organisation with this name")));
    }

    @Test
    void onlyAdministratorsManageKeys() throws Exception {
        var analyst = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(get("/admin/api-keys").session(analyst)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/api-keys/organisations").session(analyst).with(csrf()).param("name", "x").param("kind", "NCMEC"))
                .andExpect(status().isForbidden());
    }
}
