package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
        mvc.perform(get("/intake")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aGoodPasswordSignsInAndABadOneDoesNot() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        mvc.perform(formLogin("/login").user(officer).password("wrong password!"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(officer).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", username).param("password", password));
    }

    private List<String> signInAuditTargets(long after) {
        return jdbc.sql("SELECT target_id || ' ' || outcome FROM audit_entry WHERE seq > ? AND action = 'SIGN_IN' ORDER BY seq")
                .param(after).query(String.class).list();
    }

    private long lastAuditEntry() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_entry").query(Long.class).single();
    }

    @Test
    void wrongPasswordsFromOneAddressHoldBackThatAddressButTheAdministratorStillSignsInFromAnother() throws Exception {
        String administrator = users.create("ADMINISTRATOR", "HQ");
        for (int i = 0; i < 5; i++) {
            signIn(administrator, "guess " + i, "203.0.113.10").andExpect(redirectedUrl("/login?error"));
        }
        signIn(administrator, TestUsers.PASSWORD, "203.0.113.10").andExpect(redirectedUrl("/login?error"));

        signIn(administrator, TestUsers.PASSWORD, "10.20.0.1").andExpect(redirectedUrl("/"));
    }

    @Test
    void everyFailedSignInIsAnsweredAlikeWhetherTheNameExistsOrNot() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        String nobody = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        for (String username : List.of(officer, nobody)) {
            for (int i = 0; i < 7; i++) {
                signIn(username, "guess " + i, "203.0.113.11").andExpect(redirectedUrl("/login?error"));
            }
        }
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("too many attempts")));
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        for (int i = 0; i < 4; i++) {
            signIn(officer, "guess " + i, "203.0.113.12");
        }
        signIn(officer, TestUsers.PASSWORD, "203.0.113.12").andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            signIn(officer, "guess " + i, "203.0.113.12");
        }
        signIn(officer, TestUsers.PASSWORD, "203.0.113.12").andExpect(redirectedUrl("/"));
    }

    @Test
    void whatIsTypedAsAUsernameIsAuditedOnlyWhenSuchAUserExists() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        long before = lastAuditEntry();
        signIn("my secret password 2024", "whatever", "203.0.113.13").andExpect(redirectedUrl("/login?error"));
        signIn(officer.toUpperCase(), "wrong password", "203.0.113.13").andExpect(redirectedUrl("/login?error"));

        assertThat(signInAuditTargets(before)).containsExactly(SignInEvents.NO_SUCH_USER + " FAILED", officer + " FAILED");
    }

    @Test
    void aUsernameLongerThanAnIndexEntryIsAnsweredAndAuditedLikeAnyFailure() throws Exception {
        long before = lastAuditEntry();
        // Random, so that PostgreSQL cannot compress it below its index entry limit of 2,704 bytes.
        String username = new Random(7).ints(6_000, 0, 62)
                .mapToObj(i -> String.valueOf("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(i)))
                .collect(Collectors.joining());
        signIn(username, "whatever", "203.0.113.14").andExpect(redirectedUrl("/login?error"));

        assertThat(signInAuditTargets(before)).containsExactly(SignInEvents.NO_SUCH_USER + " FAILED");
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordPageAreAuditedAndHeldBackLikeFailedSignIns() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        var session = SignIn.as(mvc, officer);
        long before = lastAuditEntry();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/account/password").session(session).with(csrf()).with(from("203.0.113.15")).param("current", "guess " + i)
                            .param("password", "a new long password").param("repeat", "a new long password"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("The current password is not right")));
        }
        mvc.perform(post("/account/password").session(session).with(csrf()).with(from("203.0.113.15")).param("current", TestUsers.PASSWORD)
                        .param("password", "a new long password").param("repeat", "a new long password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("too many wrong passwords")));

        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE seq > ? AND action = 'CHANGE_PASSWORD' AND outcome = 'FAILED'")
                .param(before).query(Integer.class).single()).isEqualTo(6);
        mvc.perform(formLogin("/login").user(officer).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
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
