package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;

/** The 403 page says the attempt has been recorded: a refusal by role is audited as one by jurisdiction is, once. */
@HifazatTest
class RoleRefusalAuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private List<String> refusalsOf(String actor) {
        return jdbc.sql("SELECT target_type || ' ' || target_id || ' | ' || detail FROM audit_entry"
                        + " WHERE actor = ? AND outcome = 'REFUSED' ORDER BY seq")
                .param(actor).query(String.class).list();
    }

    @Test
    void aPageTheRoleMayNotOpenIsAuditedOnceWithItsPathButNotItsQuery() throws Exception {
        String supervisor = users.create("SUPERVISOR", "ZONE-PK6");
        mvc.perform(get("/admin/users").param("filter", "something typed").session(SignIn.as(mvc, supervisor)))
                .andExpect(status().isForbidden());

        assertThat(refusalsOf(supervisor)).singleElement().asString()
                .startsWith("Path /admin/users |")
                .contains("SUPERVISOR")
                .doesNotContain("something typed");
    }

    @Test
    void aUrlRuleThatRefusesTheRoleIsAuditedToo() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        mvc.perform(get("/actuator/prometheus").session(SignIn.as(mvc, officer))).andExpect(status().isForbidden());

        assertThat(refusalsOf(officer)).singleElement().asString().startsWith("Path /actuator/prometheus |");
    }

    @Test
    void aRefusalByJurisdictionIsStillAuditedOnceAndOnlyByTheJurisdictionRule() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        mvc.perform(get("/units/DCU-PK623").session(SignIn.as(mvc, officer))).andExpect(status().isForbidden());

        assertThat(refusalsOf(officer)).singleElement().asString().contains("DCU-PK623").contains("outside jurisdiction");
    }

    @Test
    void someoneNotSignedInIsSentToSignInWithoutARefusalInTheLog() throws Exception {
        String path = "/admin/users";
        long before = jdbc.sql("SELECT count(*) FROM audit_entry WHERE outcome = 'REFUSED' AND target_id = ?")
                .param(path).query(Long.class).single();
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE outcome = 'REFUSED' AND target_id = ?")
                .param(path).query(Long.class).single()).isEqualTo(before);
    }
}
