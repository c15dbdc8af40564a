package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;

@HifazatTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Accounts accounts;

    @Test
    void rejectsANewUserWithBadInputNamingEveryFieldAndSavesNothing() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        long before = accounts.count();
        mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("username", "a b").param("displayName", "").param("role", "EMPEROR")
                        .param("unitCode", "NOWHERE").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("A username has 3 to 40 letters")))
                .andExpect(content().string(containsString("Enter the person&#39;s full name")))
                .andExpect(content().string(containsString("There is no such role")))
                .andExpect(content().string(containsString("There is no such unit")))
                .andExpect(content().string(containsString("at least 12 characters")));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void answersInUrduWhenTheUserChoseUrdu() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        mvc.perform(post("/admin/users").session(admin).with(csrf()).param("lang", "ur")
                        .param("username", "").param("displayName", "").param("role", "")
                        .param("unitCode", "").param("password", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dir=\"rtl\"")))
                .andExpect(content().string(containsString("صارف نام درج کریں")));
    }

    @Test
    void refusesATakenUsername() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        String existing = users.create("AUDITOR", "HQ");
        mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("username", existing.toUpperCase()).param("displayName", "Someone")
                        .param("role", "AUDITOR").param("unitCode", "HQ").param("password", "a good long password"))
                .andExpect(content().string(containsString("This username is already taken")));
    }

    @Test
    void onlyAdministratorsManageUsers() throws Exception {
        var supervisor = SignIn.as(mvc, users.create("SUPERVISOR", "ZONE-PK6"));
        mvc.perform(get("/admin/users").session(supervisor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/units").session(supervisor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/districts").session(supervisor)).andExpect(status().isForbidden());
    }
}
