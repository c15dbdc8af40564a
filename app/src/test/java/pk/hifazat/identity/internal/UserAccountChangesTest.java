package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.identity.Role;

/** An administrator edits, disables, enables and resets a user's account; each change is audited. */
@HifazatTest
class UserAccountChangesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsEachErrorOnceWhenEveryFieldIsEmpty() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        String page = mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("username", "").param("displayName", "").param("role", "")
                        .param("unitCode", "").param("password", ""))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("A username has 3 to 40").doesNotContain("must have at least 12 characters");
        assertThat(occurrences(page, "Enter a username")).isEqualTo(2);
        assertThat(occurrences(page, "Enter a first password")).isEqualTo(2);
    }

    @Test
    void editsAUsersNameRoleAndHomeUnitAndAuditsIt() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        var user = accounts.byUsername(users.create("INTAKE_ANALYST", "HQ")).orElseThrow();
        mvc.perform(get("/admin/users/" + user.id().value()).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(user.username())))
                .andExpect(content().string(containsString("no longer locked")));
        mvc.perform(post("/admin/users/" + user.id().value()).session(admin).with(csrf())
                        .param("displayName", "Renamed Person").param("role", "AUDITOR").param("unitCode", "HQ"))
                .andExpect(status().is3xxRedirection());
        var changed = accounts.byId(user.id()).orElseThrow();
        assertThat(changed.displayName()).isEqualTo("Renamed Person");
        assertThat(changed.role()).isEqualTo(Role.AUDITOR);
        assertThat(auditedActions(user)).contains("EDIT_USER");
    }

    @Test
    void refusesAnEditWithBadInputBesideItsFieldsAndChangesNothing() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        var user = accounts.byUsername(users.create("INTAKE_ANALYST", "HQ")).orElseThrow();
        mvc.perform(post("/admin/users/" + user.id().value()).session(admin).with(csrf())
                        .param("displayName", "").param("role", "EMPEROR").param("unitCode", "NOWHERE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the person&#39;s full name")))
                .andExpect(content().string(containsString("There is no such role")))
                .andExpect(content().string(containsString("There is no such unit")));
        assertThat(accounts.byId(user.id()).orElseThrow()).isEqualTo(user);
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        String username = users.create("INTAKE_ANALYST", "HQ");
        var user = accounts.byUsername(username).orElseThrow();
        mvc.perform(post("/admin/users/" + user.id().value() + "/disable").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(post("/admin/users/" + user.id().value() + "/enable").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD)).andExpect(authenticated());
        assertThat(auditedActions(user)).contains("DISABLE_USER", "ENABLE_USER");
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccountNorTakeTheirOwnRole() throws Exception {
        String username = users.create("ADMINISTRATOR", "HQ");
        var admin = SignIn.as(mvc, username);
        var self = accounts.byUsername(username).orElseThrow();
        mvc.perform(post("/admin/users/" + self.id().value() + "/disable").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.byId(self.id()).orElseThrow().enabled()).isTrue();
        mvc.perform(post("/admin/users/" + self.id().value()).session(admin).with(csrf())
                        .param("displayName", "Me").param("role", "AUDITOR").param("unitCode", "HQ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot take the administrator role from yourself")));
        assertThat(accounts.byId(self.id()).orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(auditedActions(self)).doesNotContain("DISABLE_USER", "EDIT_USER");
    }

    @Test
    void resetsAPasswordToAOneTimeOneShownOnceThatMustBeChanged() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        String username = users.create("INTAKE_ANALYST", "HQ");
        var user = accounts.byUsername(username).orElseThrow();
        var shown = mvc.perform(post("/admin/users/" + user.id().value() + "/reset-password").session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("shown only once")))
                .andReturn().getResponse().getContentAsString();
        var matcher = Pattern.compile("<code id=\"one-time-password\">([^<]+)</code>").matcher(shown);
        assertThat(matcher.find()).isTrue();
        String oneTime = matcher.group(1);
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(Passwords.MINIMUM_LENGTH);
        mvc.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password(oneTime)).andExpect(authenticated());
        assertThat(accounts.byId(user.id()).orElseThrow().mustChangePassword()).isTrue();
        mvc.perform(get("/admin/users/" + user.id().value()).session(admin))
                .andExpect(content().string(not(containsString(oneTime))));
        assertThat(auditedActions(user)).contains("RESET_PASSWORD");
    }

    private java.util.List<String> auditedActions(Account user) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE target_type = 'User' AND target_id = ? ORDER BY seq")
                .param(user.id().toString()).query(String.class).list();
    }

    private static int occurrences(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }
}
