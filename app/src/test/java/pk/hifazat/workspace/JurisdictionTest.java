package pk.hifazat.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.Outcome;

@HifazatTest
class JurisdictionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog auditLog;

    @Test
    void aLahoreOfficerSeesLahoreAndIsRefusedMuzaffargarhWith403() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        var session = SignIn.as(mvc, officer);

        mvc.perform(get("/units/DCU-PK617").session(session)).andExpect(status().isOk());
        mvc.perform(get("/units/DCU-PK623").session(session)).andExpect(status().isForbidden());

        var entries = auditLog.latest(10, officer, "");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.targetId()).isEqualTo("DCU-PK623");
            assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.targetId()).isEqualTo("DCU-PK617");
            assertThat(e.outcome()).isEqualTo(Outcome.DONE);
        });
    }

    @Test
    void aPunjabSupervisorSeesEveryPunjabDistrictButNotSindh() throws Exception {
        var session = SignIn.as(mvc, users.create("SUPERVISOR", "ZONE-PK6"));
        mvc.perform(get("/units/DCU-PK617").session(session)).andExpect(status().isOk());
        mvc.perform(get("/units/DCU-PK623").session(session)).andExpect(status().isOk());
        mvc.perform(get("/units/DCU-PK706").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/units/HQ").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aNationalAnalystSeesAnyDistrict() throws Exception {
        var session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(get("/units/DCU-PK706").session(session)).andExpect(status().isOk());
        mvc.perform(get("/units/ZONE-PK7").session(session)).andExpect(status().isOk());
    }

    @Test
    void rolesWithoutCaseWorkAreRefusedUnitPagesEvenInTheirJurisdiction() throws Exception {
        var session = SignIn.as(mvc, users.create("AUDITOR", "HQ"));
        mvc.perform(get("/units/DCU-PK617").session(session)).andExpect(status().isForbidden());
        var caseworker = SignIn.as(mvc, users.create("CPB_CASEWORKER", "CPB-PK6"));
        mvc.perform(get("/units/DCU-PK617").session(caseworker)).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownUnitIsNotFound() throws Exception {
        var session = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(get("/units/NO-SUCH-UNIT").session(session)).andExpect(status().isNotFound());
    }
}
