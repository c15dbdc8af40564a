package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;

@HifazatTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSignInPageIsPublicAndServedWithStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
    }

    @Test
    void pagesOfStaffNeedASignedInUser() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aGoodPasswordSignsInAndABadOneDoesNot() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        mvc.perform(formLogin("/login").user(officer).password("wrong password!"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(officer).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void locksAnAccountAfterFiveFailedAttemptsEvenAgainstTheRightPassword() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(officer).password("guess " + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(officer).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(accounts.byUsername(officer).orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(officer).password("guess " + i));
        }
        mvc.perform(formLogin("/login").user(officer).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(accounts.byUsername(officer).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void theFirstAdministratorIsCreatedWithAOneTimePasswordThatMustBeChanged() {
        var admin = accounts.byUsername("admin").orElseThrow();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.passwordHash()).startsWith("{argon2}$argon2id$");
    }

    @Test
    void aUserWithAOneTimePasswordMustChooseTheirOwnBeforeAnythingElse() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("username", "new.officer").param("displayName", "New Officer")
                        .param("role", "DISTRICT_OFFICER").param("unitCode", "DCU-PK617")
                        .param("password", "first password 1"))
                .andExpect(redirectedUrl("/admin/users"));

        var session = mvc.perform(formLogin("/login").user("new.officer").password("first password 1"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").session((org.springframework.mock.web.MockHttpSession) session).with(csrf())
                        .param("current", "first password 1").param("password", "my own password").param("repeat", "my own password"))
                .andExpect(redirectedUrl("/login?passwordChanged"));
        mvc.perform(formLogin("/login").user("new.officer").password("my own password")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aUserWhoMustChangeTheirPasswordStillGetsTheStylesAndFontsOfThePasswordPage() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        jdbc.sql("UPDATE app_user SET must_change_password = true WHERE username = ?").param(officer).update();
        var session = SignIn.as(mvc, officer);

        mvc.perform(get("/css/hifazat.css").session(session)).andExpect(status().isOk());
        mvc.perform(get("/fonts/noto-nastaliq-urdu-arabic-400-normal.woff2").session(session)).andExpect(status().isOk());
        mvc.perform(get("/favicon.ico").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        mvc.perform(post("/admin/users").session(admin).param("username", "x")).andExpect(status().isForbidden());
    }
}
