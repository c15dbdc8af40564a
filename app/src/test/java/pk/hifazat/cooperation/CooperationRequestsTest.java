package pk.hifazat.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.cases.CaseApi;

/**
 * A request abroad moves only by its rules, each refusal saying why in English and Urdu; only a
 * supervisor who did not draft it approves it; every step is audited; overdue ones reach the
 * supervisor's home page; bad input names the field.
 */
@HifazatTest
class CooperationRequestsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OverdueRequests overdueRequests;

    CooperationApi officer;
    CooperationApi supervisor;
    MockHttpSession supervisorSession;
    String number;

    @BeforeEach
    void aCaseWithAForeignSuspect() throws Exception {
        officer = new CooperationApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623")));
        supervisorSession = SignIn.as(mvc, users.create("SUPERVISOR", "ZONE-PK6"));
        supervisor = new CooperationApi(mvc, supervisorSession);
        number = officer.caseWithAForeignSuspect("Klaus Beispiel (test)", "Child Name (test)");
    }

    @Test
    void aRequestMovesFromDraftToClosedOnlyByItsRulesAndEachStepIsAudited() throws Exception {
        String id = officer.drafted(number);
        String reference = CaseApi.json(officer.cases.get(CooperationApi.REQUESTS + "/" + id)).get("request").get("reference")
                .asString();

        refused(officer.move(id, "SENT", null, null), "A request that is Draft cannot move to Sent.", "مسودہ");
        moved(officer.move(id, "AWAITING_APPROVAL", null, null), "AWAITING_APPROVAL");
        refused(officer.move(id, "SENT", null, null), "A request is sent only after a supervisor has approved it.", "منظوری");
        refused(officer.approve(id), "Only a supervisor approves a request abroad.", "سپروائزر");
        CooperationApi.assertOk(supervisor.approve(id));
        refused(supervisor.approve(id), "This request is already approved.", "منظور");
        moved(officer.move(id, "SENT", null, null), "SENT");
        refused(officer.move(id, "ANSWERED", " ", null), "Recording an answer needs the answer's text.", "جواب");
        moved(officer.move(id, "ACKNOWLEDGED", null, null), "ACKNOWLEDGED");
        refused(officer.move(id, "CLOSED", null, null), "Closing a request without an answer needs a note saying why.", "نوٹ");
        MvcResult answered = officer.move(id, "ANSWERED", "The subscriber is known to the BKA (test).", null);
        moved(answered, "ANSWERED");
        assertThat(CaseApi.json(answered).get("request").get("answer").asString()).contains("known to the BKA");
        moved(officer.move(id, "CLOSED", null, null), "CLOSED");

        assertThat(jdbc.sql("""
                SELECT action || ' ' || outcome FROM audit_entry WHERE target_type = 'CooperationRequest' AND target_id = ?
                  AND action <> 'VIEW' ORDER BY seq""").param(reference).query(String.class).list())
                .containsExactly("DRAFT_REQUEST DONE", "CHANGE_REQUEST_STATUS REFUSED", "CHANGE_REQUEST_STATUS DONE",
                        "CHANGE_REQUEST_STATUS REFUSED", "APPROVE_REQUEST REFUSED", "APPROVE_REQUEST DONE",
                        "APPROVE_REQUEST REFUSED", "CHANGE_REQUEST_STATUS DONE", "CHANGE_REQUEST_STATUS REFUSED",
                        "CHANGE_REQUEST_STATUS DONE", "CHANGE_REQUEST_STATUS REFUSED", "CHANGE_REQUEST_STATUS DONE",
                        "CHANGE_REQUEST_STATUS DONE");
    }

    @Test
    void aCaseAForeignNationalJoinedIsSuggestedUntilItHasARequest() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> list().contains("/cooperation/new?case=" + number));
        assertThat(list()).contains("nationality DE");
        officer.drafted(number);
        assertThat(list()).doesNotContain("/cooperation/new?case=" + number).contains(number);
    }

    @Test
    void theCasePageOffersTheFirstRequestAbroadAndThenCountsTheCasesRequests() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> casePage().contains("/cooperation/new?case=" + number));
        assertThat(casePage()).contains("Requests abroad").contains("no request abroad has been drafted yet");
        officer.drafted(number);
        assertThat(casePage()).contains("1 request abroad: 0 answered or closed, 0 overdue.")
                .contains("/cooperation?case=" + number);
    }

    private String casePage() throws Exception {
        return mvc.perform(get("/cases/" + number + "?lang=en").session(supervisorSession)).andReturn().getResponse()
                .getContentAsString();
    }

    private String list() throws Exception {
        return mvc.perform(get("/cooperation?lang=en").session(supervisorSession)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aSupervisorDoesNotApproveTheirOwnDraftButAnotherMay() throws Exception {
        String id = supervisor.drafted(number);
        moved(supervisor.move(id, "AWAITING_APPROVAL", null, null), "AWAITING_APPROVAL");
        refused(supervisor.approve(id), "You drafted this request: another supervisor must approve it.", "دوسرا");

        CooperationApi other = new CooperationApi(mvc, SignIn.as(mvc, users.create("SUPERVISOR", "HQ")));
        MvcResult approved = other.approve(id);
        CooperationApi.assertOk(approved);
        assertThat(CaseApi.json(approved).get("request").get("approvedBy").isNull()).isFalse();
    }

    @Test
    void aReturnedRequestLosesItsApprovalAndNeedsANote() throws Exception {
        String id = officer.drafted(number);
        officer.move(id, "AWAITING_APPROVAL", null, null);
        supervisor.approve(id);
        refused(supervisor.move(id, "DRAFT", null, " "), "Returning a request to draft needs a note saying why.", "وجہ");
        MvcResult returned = supervisor.move(id, "DRAFT", null, "Name the legal basis more precisely");
        moved(returned, "DRAFT");
        assertThat(CaseApi.json(returned).get("request").get("approvedBy").isNull()).isTrue();
    }

    @Test
    void onlyADraftsContentChanges() throws Exception {
        String id = officer.drafted(number);
        var change = new java.util.HashMap<String, Object>();
        change.put("kind", "INTERPOL");
        change.put("country", "de");
        change.put("agency", "INTERPOL NCB Wiesbaden");
        change.put("legalBasis", "INTERPOL's Constitution, art. 2");
        change.put("asked", "A diffusion for the suspect");
        change.put("dueOn", java.time.LocalDate.now().plusDays(20).toString());
        change.put("persons", officer.persons(number, "SUSPECT"));
        MvcResult edited = officer.cases.post(CooperationApi.REQUESTS + "/" + id, change);
        CooperationApi.assertOk(edited);
        var request = CaseApi.json(edited).get("request");
        assertThat(request.get("agency").asString()).isEqualTo("INTERPOL NCB Wiesbaden");
        assertThat(request.get("kind").asString()).isEqualTo("INTERPOL");
        assertThat(request.get("identifiers").size()).isZero();

        officer.move(id, "AWAITING_APPROVAL", null, null);
        refused(officer.cases.post(CooperationApi.REQUESTS + "/" + id, change),
                "Only a draft can be changed; this request is Awaiting approval.", "مسودہ");
    }

    @Test
    void aRequestNamingNobodyDoesNotGoForApproval() throws Exception {
        MvcResult drafted = officer.draft(number, "DE", List.of(), List.of());
        String id = CaseApi.json(drafted).get("request").get("id").asString();
        refused(officer.move(id, "AWAITING_APPROVAL", null, null),
                "A request goes for approval only once it names the persons or identifiers it concerns.", "افراد");
    }

    @Test
    void badInputNamesTheFieldAndSavesNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM cooperation_request").query(Long.class).single();
        invalid(officer.draft(number, "XX", List.of(), List.of()), "country");
        invalid(officer.draft(number, "PK", List.of(), List.of()), "country");
        invalid(officer.draft("NCCIA-MZG-2020-9999", "DE", List.of(), List.of()), "caseNumber");
        invalid(officer.draft(number, "DE", List.of("00000000-0000-0000-0000-000000000000"), List.of()), "persons");
        invalid(officer.draft(number, "DE", List.of(), List.of("PHONE +923001234567")), "identifiers");
        MvcResult problem = officer.draft(number, "DE", List.of(), List.of());
        String id = CaseApi.json(problem).get("request").get("id").asString();
        invalid(officer.move(id, "NOWHERE", null, null), "to");
        assertThat(jdbc.sql("SELECT count(*) FROM cooperation_request").query(Long.class).single()).isEqualTo(before + 1);

        MvcResult country = officer.draft(number, "XX", List.of(), List.of());
        assertThat(country.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(CaseApi.json(country).get("detail").asString())
                .isEqualTo("Country: is not the two-letter code of a country other than Pakistan: XX");
        assertThat(CaseApi.json(country).get("messages").get("ur").asString()).startsWith("ملک:");
    }

    @Test
    void anOverdueRequestShowsOnTheSupervisorsHomePageOnly() throws Exception {
        String id = officer.drafted(number);
        officer.move(id, "AWAITING_APPROVAL", null, null);
        supervisor.approve(id);
        officer.move(id, "SENT", null, null);
        jdbc.sql("UPDATE cooperation_request SET due_on = current_date - 3, sent_on = current_date - 40 WHERE id = ?::uuid")
                .param(id).update();
        String reference = CaseApi.json(officer.cases.get(CooperationApi.REQUESTS + "/" + id)).get("request").get("reference")
                .asString();

        String home = mvc.perform(get("/?lang=en").session(supervisorSession)).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("href=\"/cooperation/overdue\"").contains("requests abroad past their answer date");
        assertThat(overdueRequests.byDistrict(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi")))
                .get(new pk.hifazat.geography.DistrictCode("PK623"))).as("counted for statistics").isPositive();
        String overdue = mvc.perform(get("/cooperation/overdue?lang=en").session(supervisorSession)).andReturn().getResponse()
                .getContentAsString();
        assertThat(overdue).contains(reference);

        MockHttpSession another = SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623"));
        String officersHome = mvc.perform(get("/?lang=en").session(another)).andReturn().getResponse().getContentAsString();
        assertThat(officersHome).doesNotContain("/cooperation/overdue");
    }

    @Test
    void anOfficerOfAnotherDistrictIsRefusedTheRequest() throws Exception {
        String id = officer.drafted(number);
        CooperationApi lahore = new CooperationApi(mvc, SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK617")));
        assertThat(lahore.cases.get(CooperationApi.REQUESTS + "/" + id).getResponse().getStatus()).isEqualTo(403);
        assertThat(lahore.approve(id).getResponse().getStatus()).isEqualTo(403);
        assertThat(CaseApi.json(lahore.cases.get(CooperationApi.REQUESTS)).toString()).doesNotContain(id);
    }

    @Test
    void theApiDescriptionNamesTheCooperationEndpointsWithTheStaffToken() throws Exception {
        String api = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        var paths = CaseApi.json(mvc.perform(get("/v3/api-docs")).andReturn()).get("paths");
        assertThat(paths.get("/api/staff/v1/cooperation/requests/{id}").get("get").get("security").toString()).contains("staffToken");
        assertThat(paths.get("/api/staff/v1/cooperation/requests/{id}/status").get("post")).isNotNull();
        assertThat(api).contains("/api/staff/v1/cooperation/requests/{id}/package.pdf");
    }

    @Test
    void theDraftFormKeepsWhatWasTypedAndNamesTheBadField() throws Exception {
        var page = officer.cases.form("/cooperation?lang=en", java.util.Map.of("caseNumber", List.of(number),
                "kind", List.of("INTERPOL"), "country", List.of("XX"), "agency", List.of("INTERPOL NCB Wiesbaden"),
                "legalBasis", List.of("Art. 2"), "asked", List.of("A notice"), "dueOn",
                List.of(java.time.LocalDate.now().plusDays(9).toString())));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("Country: is not the two-letter code of a country",
                "value=\"INTERPOL NCB Wiesbaden\"");

        MockHttpSession auditor = SignIn.as(mvc, users.create("AUDITOR", "HQ"));
        assertThat(mvc.perform(get("/cooperation").session(auditor)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(CooperationApi.REQUESTS).session(auditor)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private static void refused(MvcResult result, String english, String urduWord) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(409);
        var problem = CaseApi.json(result);
        assertThat(problem.get("detail").asString()).isEqualTo(english);
        assertThat(problem.get("messages").get("ur").asString()).contains(urduWord);
    }

    private static void moved(MvcResult result, String status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(CaseApi.json(result).get("request").get("status").asString()).isEqualTo(status);
    }

    private static void invalid(MvcResult result, String field) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(CaseApi.json(result).get("field").asString()).isEqualTo(field);
    }
}
