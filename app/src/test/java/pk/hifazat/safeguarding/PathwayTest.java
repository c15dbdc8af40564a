package pk.hifazat.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.cases.CaseApi;

/** A child's pathway: only in order, each step dated and audited; the case page shows the children at a glance. */
@HifazatTest
class PathwayTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Karachi"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    @Test
    void aChildMovesAlongThePathwayOnlyInOrderAndEachStepIsDatedAndAudited() throws Exception {
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK623");
        var sg = new Safeguarding(new CaseApi(mvc, SignIn.as(mvc, officer)));
        String number = sg.caseWithChildren("Pathway in order", 3);
        List<String> children = sg.children(number);
        String first = children.getFirst();
        assertThat(sg.overview(number).get("children").get(0).get("pseudonym").asString()).matches("M-\\d{2,}");

        var early = sg.refer(number, List.of(first), "CPB-PK622", TODAY);
        assertThat(early.getResponse().getStatus()).isEqualTo(409);
        assertThat(CaseApi.json(early).get("messages").get("ur").asString()).isNotBlank();
        var future = sg.api().post(Safeguarding.BASE + "/children/" + first + "/locate", Map.of("on", TODAY.plusDays(1).toString()));
        assertThat(future.getResponse().getStatus()).isEqualTo(400);
        assertThat(CaseApi.json(future).get("field").asString()).isEqualTo("on");

        Safeguarding.ok(sg.api().post(Safeguarding.BASE + "/children/" + first + "/locate", Map.of("on", TODAY.toString())));
        var before = sg.safeguard(number, children, TODAY.minusDays(1));
        assertThat(before.getResponse().getStatus()).as("not before the child was located").isEqualTo(400);
        assertThat(sg.overview(number).get("safeguarded").asLong()).as("nothing half-saved").isZero();

        Safeguarding.ok(sg.safeguard(number, children, TODAY));
        Safeguarding.ok(sg.refer(number, children.subList(0, 2), "CPB-PK622", TODAY));
        assertThat(sg.refer(number, List.of(first), "CPB-PK617", TODAY).getResponse().getStatus()).isEqualTo(409);
        assertThat(sg.refer(number, List.of(children.get(2)), "DCU-PK623", TODAY).getResponse().getStatus()).isEqualTo(400);

        var closed = CaseApi.json(sg.api().post(Safeguarding.BASE + "/children/" + children.get(2) + "/close",
                Map.of("reason", "REUNITED_WITH_FAMILY", "on", TODAY.toString())));
        assertThat(closed.get("child").get("stage").asString()).isEqualTo("CLOSED");
        assertThat(sg.api().post(Safeguarding.BASE + "/children/" + children.get(2) + "/close",
                Map.of("reason", "REHABILITATED", "on", TODAY.toString())).getResponse().getStatus()).isEqualTo(409);

        var overview = sg.overview(number);
        assertThat(List.of(overview.get("identified").asLong(), overview.get("safeguarded").asLong(), overview.get("referred").asLong()))
                .containsExactly(3L, 3L, 2L);
        var child = CaseApi.json(sg.api().get(Safeguarding.BASE + "/children/" + first)).get("child");
        assertThat(child.get("locatedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(child.get("safeguardedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(child.get("referredOn").asString()).isEqualTo(TODAY.toString());

        String pseudonym = child.get("pseudonym").asString();
        List<String> actions = audit.latest(200, officer, pseudonym).stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("LOCATE_CHILD", "SAFEGUARD_CHILD", "REFER_CHILD");
        assertThat(audit.latest(200, "system", pseudonym)).anySatisfy(e -> assertThat(e.action()).isEqualTo("IDENTIFY_CHILD"));

        String casePage = sg.api().get("/cases/" + number + "?lang=en").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(casePage).contains("3 identified, 3 safeguarded, 2 referred", "/safeguarding/cases/" + number);
        assertThat(casePage).doesNotContain("Test Child 1 of");
    }

    @Test
    void aRescueOnTheCasesTimelineSafeguardsTheChildOnThatDay() throws Exception {
        var sg = new Safeguarding(new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623"))));
        String number = sg.api().open("Rescued on the timeline", "PK623", List.of(), null);
        String person = sg.api().addPerson(number, "VICTIM", "Rescued Testchild", "PK");
        assertThat(sg.api().record(number, "RESCUE", List.of(person)).getResponse().getStatus()).isEqualTo(200);

        var child = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var result = sg.api().get(Safeguarding.BASE + "/cases/" + number);
            return result.getResponse().getStatus() == 200 ? CaseApi.json(result).get("children").get(0) : null;
        }, c -> c != null && c.get("stage").asString().equals("SAFEGUARDED"));
        assertThat(child.get("safeguardedOn").asString()).as("the day CaseApi records the rescue on")
                .isEqualTo(LocalDate.now().minusDays(1).toString());
    }

    @Test
    void aGuardianWhoIsASuspectInAnotherCaseIsMarkedOnTheChildAndTheReferral() throws Exception {
        var sg = new Safeguarding(new CaseApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623"))));
        String number = sg.caseWithChildren("Guardian suspected", 1);
        String parent = sg.api().addPerson(number, "GUARDIAN", "Suspected Testparent", "PK");
        String other = sg.api().open("Against the parent", "PK623", List.of(), null);
        assertThat(sg.api().post("/api/staff/v1/cases/" + other + "/persons", Map.of("role", "SUSPECT", "existing", parent))
                .getResponse().getStatus()).isEqualTo(200);
        String child = sg.children(number).getFirst();

        var detail = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> CaseApi.json(sg.api().get(Safeguarding.BASE + "/children/" + child)),
                d -> d.get("child").get("guardianSuspected").asBoolean());
        assertThat(detail.get("suspectedGuardians").toString()).contains(parent);
        Safeguarding.ok(sg.safeguard(number, List.of(child), TODAY));
        Safeguarding.ok(sg.refer(number, List.of(child), "CPB-PK622", TODAY));
        String page = sg.api().get("/safeguarding/children/" + child + "?lang=en").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("guardian-warning", "do not send the child home to them");
    }
}
