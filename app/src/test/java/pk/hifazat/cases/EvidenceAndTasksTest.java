package pk.hifazat.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.identity.StaffDirectory;

/** Evidence with its hashes and chain of custody; tasks with the preservation clock and overdue lists. */
@HifazatTest
class EvidenceAndTasksTest {

    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anItemKeepsItsHashesAndEveryHandOverAndItsCustodyReportReadsThem() throws Exception {
        var api = new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623")));
        String number = api.open("Seizure", "PK623", List.of(), null);
        String sha = "b".repeat(64);
        String pdq = "f".repeat(16) + "0".repeat(48);
        LocalDateTime seized = LocalDateTime.now(PAKISTAN).minusDays(1).withNano(0);
        var item = CaseApi.json(api.post(CaseApi.CASES + "/" + number + "/evidence", Map.of("description", "Phone",
                "seizedAt", seized.toString(), "seizedPlace", "Muzaffargarh", "seizedBy", "Inspector Raid",
                "sha256", sha + "  photo1.jpg\n" + "c".repeat(64) + " *video.mp4", "pdqFile", "hash,quality,name\n" + pdq + ",90,photo1.jpg\n")));
        assertThat(item.get("label").asString()).isEqualTo("E-0001");
        assertThat(item.get("holder").asString()).isEqualTo("Inspector Raid");
        assertThat(item.get("files").toString()).contains(sha, pdq, "video.mp4");
        String id = item.get("id").asString();

        var toLab = api.post(CaseApi.CASES + "/evidence/" + id + "/transfers", Map.of("to", "Forensic laboratory",
                "handedAt", seized.plusHours(3).toString(), "reason", "Examination"));
        assertThat(CaseApi.json(toLab).get("holder").asString()).isEqualTo("Forensic laboratory");
        var backwards = api.post(CaseApi.CASES + "/evidence/" + id + "/transfers", Map.of("to", "Inspector Raid",
                "handedAt", seized.plusHours(1).toString(), "reason", "Returned"));
        assertThat(backwards.getResponse().getStatus()).isEqualTo(400);
        assertThat(CaseApi.json(backwards).get("field").asString()).isEqualTo("handedAt");
        api.post(CaseApi.CASES + "/evidence/" + id + "/transfers", Map.of("to", "Inspector Raid",
                "handedAt", seized.plusHours(6).toString(), "reason", "Returned after examination"));

        var chain = CaseApi.json(api.get(CaseApi.CASES + "/evidence/" + id)).get("chain");
        assertThat(chain.size()).isEqualTo(3);
        String report = api.get("/cases/evidence/" + id + "/custody").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("Forensic laboratory", "Returned after examination", sha, number);
        assertThat(jdbc.sql("SELECT count(*) FROM custody_transfer WHERE item_id = ?").param(UUID.fromString(id))
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theApplicationCannotChangeACustodyEntryEither() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("UPDATE custody_transfer SET reason = 'changed'").update()).isNotNull();
    }

    @Test
    void aPreservationRequestIsDueInNinetyDaysAndWarnsFromSeventyFiveAndOverdueTasksShowForOwnerAndSupervisor() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK623");
        String officerId = staff.byUsername(officer).orElseThrow().id().toString();
        var api = new CaseApi(mvc, SignIn.as(mvc, officer));
        String number = api.open("Deadlines", "PK623", List.of(), null);
        LocalDate sent = LocalDate.now(PAKISTAN).minusDays(80);
        api.form("/cases/" + number + "/tasks", Map.of("kind", List.of("PRESERVATION"), "title", List.of("Preservation: platform X"),
                "owner", List.of(officerId), "startsOn", List.of(sent.toString())));
        api.form("/cases/" + number + "/tasks", Map.of("kind", List.of("COURT_DATE"), "title", List.of("Remand hearing"),
                "owner", List.of(officerId), "startsOn", List.of(LocalDate.now(PAKISTAN).minusDays(5).toString()),
                "dueOn", List.of(LocalDate.now(PAKISTAN).minusDays(1).toString())));
        assertThat(jdbc.sql("""
                SELECT due_on FROM case_task t JOIN case_file f ON f.id = t.case_id
                WHERE f.number = ? AND kind = 'PRESERVATION'""").param(number).query(LocalDate.class).single())
                .isEqualTo(sent.plusDays(90));

        String mine = api.get("/cases/tasks").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains("Preservation: platform X", "Due soon", "Remand hearing", "Overdue");
        assertThat(api.get("/").getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the officer's home page").contains("1 of your tasks overdue");
        var supervisor = new CaseApi(mvc, SignIn.as(mvc, users.create("SUPERVISOR", "ZONE-PK6")));
        assertThat(supervisor.get("/cases/tasks").getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Remand hearing");
        assertThat(supervisor.get("/").getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the supervisor's home page").containsPattern("\\d+ overdue tasks in your units");
    }
}
