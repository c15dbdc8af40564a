package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;

/** An officer makes a personal access token on their account page and a program uses the staff API with it. */
@HifazatTest
class PersonalAccessTokenTest {

    private static final Pattern TOKEN = Pattern.compile("hzp_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenSignsAProgramInAsItsOfficerWithTheirJurisdiction() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        String token = newToken(SignIn.as(mvc, officer), "queue script");
        mvc.perform(get("/api/staff/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(officer))
                .andExpect(jsonPath("$.role").value("DISTRICT_OFFICER"))
                .andExpect(jsonPath("$.unit").value("DCU-PK617"))
                .andExpect(jsonPath("$.national").value(false))
                .andExpect(jsonPath("$.districts[0]").value("PK617"));
        assertThat(jdbc.sql("SELECT digest FROM personal_access_token WHERE name = 'queue script'")
                .query(byte[].class).single()).hasSize(32).isNotEqualTo(token.getBytes());
    }

    @Test
    void theSessionAlsoSignsInToTheStaffApi() throws Exception {
        var session = SignIn.as(mvc, users.create("SUPERVISOR", "HQ"));
        mvc.perform(get("/api/staff/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.national").value(true));
    }

    @Test
    void withoutTokenOrSessionTheApiAnswersAProblemNotTheSignInPage() throws Exception {
        mvc.perform(get("/api/staff/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnceAndTheRevocationIsAudited() throws Exception {
        var session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        String token = newToken(session, "revoke me");
        UUID id = jdbc.sql("SELECT id FROM personal_access_token WHERE name = 'revoke me'").query(UUID.class).single();
        mvc.perform(post("/account/tokens/" + id + "/revoke").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/staff/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Token refused"));
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE target_type = 'AccessToken' AND target_id = ? ORDER BY seq")
                .param(id.toString()).query(String.class).list()).containsExactly("CREATE_TOKEN", "REVOKE_TOKEN");
    }

    @Test
    void noOneRevokesAnotherOfficersToken() throws Exception {
        String token = newToken(SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK617")), "mine");
        UUID id = jdbc.sql("SELECT id FROM personal_access_token WHERE name = 'mine'").query(UUID.class).single();
        var other = SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK617"));
        mvc.perform(post("/account/tokens/" + id + "/revoke").session(other).with(csrf()));
        mvc.perform(get("/api/staff/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void anExpiredOrUnknownTokenIsRefused() throws Exception {
        String token = newToken(SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK617")), "old one");
        jdbc.sql("UPDATE personal_access_token SET expires_at = now() - interval '1 minute' WHERE name = 'old one'").update();
        mvc.perform(get("/api/staff/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/staff/v1/me").header("Authorization", "Bearer hzp_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void disablingAnAccountRevokesItsTokens() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        String token = newToken(SignIn.as(mvc, officer), "to disable");
        UUID user = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(officer).query(UUID.class).single();
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        mvc.perform(post("/admin/users/" + user + "/disable").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/staff/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT count(*) FROM personal_access_token WHERE user_id = ? AND revoked_at IS NULL")
                .param(user).query(Long.class).single()).isZero();
    }

    @Test
    void aTokenOpensOnlyTheStaffApiNotThePages() throws Exception {
        String token = newToken(SignIn.as(mvc, users.create("SUPERVISOR", "HQ")), "pages");
        mvc.perform(get("/account/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void refusesATokenWithoutANameOrWithTooLongALifetimeNamingTheField() throws Exception {
        var session = SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK617"));
        mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", " ").param("days", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Name: give the token a name")));
        mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "x").param("days", "365"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Valid for: give a whole number of days from 1 to 90")));
        mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "x").param("days", "ten"))
                .andExpect(content().string(containsString("Valid for:")));
    }

    @Test
    void theApiDescriptionShowsTheStaffApiAndHowToSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/staff/v1/me'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.staffToken.scheme").value("bearer"));
    }

    private String newToken(MockHttpSession session, String name) throws Exception {
        String page = mvc.perform(post("/account/tokens").session(session).with(csrf())
                        .param("name", name).param("days", "30"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher found = TOKEN.matcher(page);
        assertThat(found.find()).as("the new token is shown once").isTrue();
        return found.group();
    }
}
