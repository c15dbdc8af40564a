package pk.hifazat.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.Outcome;

/** A Lahore officer is refused a Muzaffargarh case, its persons and its evidence, on pages and in the API, each refusal audited. */
@HifazatTest
class CaseJurisdictionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    @Test
    void aLahoreOfficerGets403OnAMuzaffargarhCaseItsPersonsAndEvidenceAndEachRefusalIsAudited() throws Exception {
        var muzaffargarh = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623")));
        String number = muzaffargarh.open("Network led from abroad", "PK623", List.of("PECA-22B"), null);
        String suspect = muzaffargarh.addPerson(number, "SUSPECT", "Klaus Beispiel", "DE");
        var item = CaseApi.json(muzaffargarh.post(CaseApi.CASES + "/" + number + "/evidence", Map.of(
                "description", "Laptop", "seizedAt", LocalDateTime.now().minusHours(2).withNano(0).toString(),
                "seizedPlace", "Muzaffargarh", "seizedBy", "Inspector A",
                "sha256", "a".repeat(64) + "  video1.mp4"))).get("id").asString();
        assertThat(muzaffargarh.get("/cases/" + number).getResponse().getStatus()).isEqualTo(200);

        String lahoreOfficer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        var lahore = new CaseApi(mvc, SignIn.as(mvc, lahoreOfficer));
        List<String> refusedPaths = List.of("/cases/" + number, "/cases/" + number + "/timeline", "/cases/" + number + "/persons", "/cases/" + number + "/evidence",
                "/cases/persons/" + suspect, "/cases/evidence/" + item, "/cases/evidence/" + item + "/custody",
                CaseApi.CASES + "/" + number, CaseApi.CASES + "/" + number + "/persons", CaseApi.CASES + "/persons/" + suspect,
                CaseApi.CASES + "/evidence/" + item, CaseApi.CASES + "/" + number + "/evidence");
        for (String path : refusedPaths) {
            assertThat(lahore.get(path).getResponse().getStatus()).as(path).isEqualTo(403);
        }
        assertThat(lahore.post(CaseApi.CASES + "/evidence/" + item + "/transfers", Map.of("to", "Me",
                "handedAt", LocalDateTime.now().minusMinutes(5).withNano(0).toString(), "reason", "curious"))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(CaseApi.json(lahore.get(CaseApi.CASES)).toString()).doesNotContain(number);

        var refusals = audit.latest(50, lahoreOfficer, "").stream().filter(e -> e.outcome() == Outcome.REFUSED).toList();
        assertThat(refusals).hasSizeGreaterThanOrEqualTo(refusedPaths.size() + 1);
        assertThat(refusals).anySatisfy(e -> assertThat(e.targetType()).isEqualTo("Case"));
        assertThat(refusals).anySatisfy(e -> assertThat(e.targetType()).isEqualTo("Person"));
        assertThat(refusals).anySatisfy(e -> assertThat(e.targetType()).isEqualTo("Evidence"));
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    void theApiDescriptionNamesTheCaseEndpointsWithTheStaffToken() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/staff/v1/cases/{number}'].get.security[0].staffToken").exists())
                .andExpect(jsonPath("$.paths['/api/staff/v1/cases/{number}/status'].post").exists())
                .andExpect(jsonPath("$.paths['/api/staff/v1/cases/evidence/{id}/transfers'].post").exists());
    }

    @Test
    void aPunjabSupervisorSeesTheCaseAndAnAuditorIsRefusedByRole() throws Exception {
        var officer = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623")));
        String number = officer.open("Seen from the zone", "PK623", List.of(), null);
        var supervisor = new CaseApi(mvc, SignIn.as(mvc, users.create("SUPERVISOR", "ZONE-PK6")));
        assertThat(supervisor.get("/cases/" + number).getResponse().getStatus()).isEqualTo(200);
        var auditor = new CaseApi(mvc, SignIn.as(mvc, users.create("AUDITOR", "HQ")));
        assertThat(auditor.get("/cases/" + number).getResponse().getStatus()).isEqualTo(403);
    }
}
