package pk.hifazat.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.Outcome;
import pk.hifazat.cases.CaseApi;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportId;

/**
 * From network to case and back: a case opened from a network takes the reports of the officer's
 * jurisdiction, a network's reports attached to a case, the open cases in the summary, the lead
 * officer told when a report joins their case's network (and only then), what is new since the last
 * look, and a case's persons in the graph by pseudonym with their identifiers.
 */
@HifazatTest
class NetworkCasesTest {

    private static final String API = "/api/staff/v1/networks";

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    Networks networks;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    PlantedReports planted;
    String officer;
    MockHttpSession session;

    @BeforeEach
    void setUp() throws Exception {
        planted = new PlantedReports(intake, networks);
        officer = users.create("DISTRICT_OFFICER", "DCU-PK623");
        session = SignIn.as(mvc, officer);
    }

    @Test
    void opensACaseFromANetworkWithTheReportsOfTheOfficersJurisdictionAndListsItAsOpen() throws Exception {
        String phone = PlantedReports.phone();
        ReportId first = planted.tip("Hans", "Muzaffargarh", PlantedReports.phoneAccount(phone));
        ReportId second = planted.tip("Helper", "Muzaffargarh", PlantedReports.phoneAccount(phone));
        ReportId lahore = planted.tip("Bilal", "Lahore", PlantedReports.phoneAccount(phone));
        planted.awaitNetworks(List.of(List.of(first, second, lahore)));
        long centre = centreOf(first);

        String location = mvc.perform(post("/networks/nodes/" + centre + "/cases").session(session).with(csrf())
                        .param("title", "Network luring children (fictional)").param("district", "PK623"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/cases/NCCIA-MZG-*"))
                .andReturn().getResponse().getRedirectedUrl();
        String number = location.substring("/cases/".length());

        CaseApi cases = new CaseApi(mvc, session);
        var detail = CaseApi.json(cases.get(CaseApi.CASES + "/" + number));
        assertThat(detail.get("reports").valueStream().map(n -> n.asString()).toList())
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(detail.get("lead").asString()).isNotBlank();

        mvc.perform(get(API + "/nodes/" + centre).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.openCases[0].number").value(number))
                .andExpect(jsonPath("$.summary.openCases[0].status").value("INTAKE"))
                .andExpect(jsonPath("$.summary.openCases[0].lead").isNotEmpty());
        mvc.perform(get("/networks/nodes/" + centre).session(session))
                .andExpect(content().string(containsString(number)));
    }

    @Test
    void refusesACaseOutsideTheOfficersJurisdictionAndAuditsTheRefusal() throws Exception {
        ReportId report = planted.tip("Hans", "Muzaffargarh", PlantedReports.phoneAccount(PlantedReports.phone()));
        planted.awaitNetworks(List.of(List.of(report)));
        long centre = centreOf(report);

        mvc.perform(post(API + "/nodes/" + centre + "/cases").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Elsewhere\", \"district\": \"PK617\"}"))
                .andExpect(status().isForbidden());
        assertThat(audit.latest(10, officer, "")).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("OPEN_CASE");
            assertThat(entry.outcome()).isEqualTo(Outcome.REFUSED);
        });
        mvc.perform(post(API + "/nodes/" + centre + "/cases").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \" \", \"district\": \"PK623\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("title"));

        String lahoreOfficer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        String lahoreCase = new CaseApi(mvc, SignIn.as(mvc, lahoreOfficer)).open("Lahore case", "PK617", List.of(), null);
        mvc.perform(post(API + "/nodes/" + centre + "/case-reports").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"case\": \"" + lahoreCase + "\"}"))
                .andExpect(status().isForbidden());
        assertThat(audit.latest(10, officer, lahoreCase)).extracting(AuditEntry::outcome).contains(Outcome.REFUSED);
    }

    @Test
    void attachesANetworksReportsToAnExistingCaseByItsNumber() throws Exception {
        String phone = PlantedReports.phone();
        ReportId first = planted.tip("Hans", "Muzaffargarh", PlantedReports.phoneAccount(phone));
        ReportId second = planted.tip("Helper", "Muzaffargarh", PlantedReports.phoneAccount(phone));
        planted.awaitNetworks(List.of(List.of(first, second)));
        long centre = centreOf(first);
        String number = new CaseApi(mvc, session).open("Existing case", "PK623", List.of(), null);

        mvc.perform(post(API + "/nodes/" + centre + "/case-reports").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"case\": \"" + number + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.case").value(number))
                .andExpect(jsonPath("$.attached.length()").value(2));
        mvc.perform(post("/networks/nodes/" + centre + "/case-reports").session(session).with(csrf()).param("case", number))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + number));
        mvc.perform(post(API + "/nodes/" + centre + "/case-reports").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"case\": \"NCCIA-MZG-1999-9999\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("case"));
        var refused = mvc.perform(post("/networks/nodes/" + centre + "/case-reports").session(session).with(csrf())
                        .param("case", "NCCIA-MZG-1999-9999"))
                .andExpect(redirectedUrl("/networks/nodes/" + centre)).andReturn();
        mvc.perform(get("/networks/nodes/" + centre).session(session).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("<span>Case number: </span><span>there is no NCCIA-MZG-1999-9999 here.</span>")));
    }

    @Test
    void theLeadOfficerIsToldWhenAReportJoinsTheNetworkOfTheirOpenCaseAndOnlyThen() throws Exception {
        String phone = PlantedReports.phone();
        ReportId first = planted.tip("Hans", "Muzaffargarh", PlantedReports.phoneAccount(phone));
        String otherPhone = PlantedReports.phone();
        ReportId unworked = planted.tip("Nobody", "Muzaffargarh", PlantedReports.phoneAccount(otherPhone));
        planted.awaitNetworks(List.of(List.of(first), List.of(unworked)));
        mvc.perform(post(API + "/nodes/" + centreOf(first) + "/cases").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Alerted case\", \"district\": \"PK623\"}"))
                .andExpect(status().isCreated());

        ReportId joining = planted.tip("Hans again", "Muzaffargarh", PlantedReports.phoneAccount(phone));
        ReportId quiet = planted.tip("Nobody again", "Muzaffargarh", PlantedReports.phoneAccount(otherPhone));
        planted.awaitNetworks(List.of(List.of(first, joining), List.of(unworked, quiet)));
        PlantedReports.await(() -> alertsAbout(joining) == 1);

        mvc.perform(get("/").session(session))
                .andExpect(content().string(anyOf(containsString("1 new record joined a network of your open cases"),
                        containsString("new records joined networks of your open cases"))));
        assertThat(alertsAbout(quiet)).isZero();

        mvc.perform(get("/networks/nodes/" + centreOf(joining)).session(session)).andExpect(status().isOk());
        mvc.perform(get("/").session(session))
                .andExpect(content().string(not(containsString("of your open cases"))));
    }

    @Test
    void theNetworkShowsWhatIsNewSinceTheViewersLastLookAtAnyOfItsNodes() throws Exception {
        String phone = PlantedReports.phone();
        ReportId first = planted.tip("Hans", "Muzaffargarh", PlantedReports.phoneAccount(phone));
        planted.awaitNetworks(List.of(List.of(first)));
        mvc.perform(get(API + "/nodes/" + centreOf(first)).session(session)).andExpect(status().isOk());

        ReportId later = planted.tip("Later", "Muzaffargarh", PlantedReports.phoneAccount(phone));
        planted.awaitNetworks(List.of(List.of(first, later)));
        long laterNode = centreOf(later);

        String json = mvc.perform(get(API + "/nodes/" + laterNode).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> fresh = JsonPath.read(json, "$.summary.freshNodes[*].label");
        assertThat(fresh).contains("Later").doesNotContain("Hans");
        mvc.perform(get(API + "/nodes/" + centreOf(first)).session(session))
                .andExpect(jsonPath("$.summary.fresh").value(0));
    }

    @Test
    void aCasesPersonsJoinTheGraphByPseudonymUsingTheirIdentifiersAndMergedPersonsAreTheSame() throws Exception {
        String phone = PlantedReports.phone();
        ReportId report = planted.tip("Hans", "Muzaffargarh", PlantedReports.phoneAccount(phone));
        planted.awaitNetworks(List.of(List.of(report)));
        long centre = centreOf(report);
        String number = JsonPath.read(mvc.perform(post(API + "/nodes/" + centre + "/cases").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Persons case\", \"district\": \"PK623\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.case");
        CaseApi cases = new CaseApi(mvc, session);
        String suspect = CaseApi.json(cases.post(CaseApi.CASES + "/" + number + "/persons", Map.of("role", "SUSPECT",
                "name", "Klaus Beispiel (fictional)", "nationality", "DE",
                "identifiers", List.of(Map.of("kind", "PHONE", "value", phone))))).get("id").asString();
        String other = cases.addPerson(number, "ASSOCIATE", "Klaus B. (fictional)", "DE");

        PlantedReports.await(() -> edges("case-person/" + suspect).containsAll(Set.of("APPEARS_IN CASE", "USES PHONE")));
        assertThat(jdbc.sql("SELECT label FROM net_node WHERE node_key = ?").param("case-person/" + suspect)
                .query(String.class).single()).matches("P-\\d{5}");
        // The suspect uses the phone the report names, so the case and the report are one network.
        assertThat(networks.reportsInNetworkOf(report, 10)).containsExactly(report);
        assertThat(networks.sizeOfNetworkOf(new NodeRef(NodeKind.PERSON, "case-person/" + suspect)))
                .isEqualTo(networks.sizeOfNetworkOf(new NodeRef(NodeKind.REPORT, report.toString())));
        String json = mvc.perform(get(API + "/nodes/" + centre).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("Klaus");

        PlantedReports.await(() -> edges("case-person/" + other).contains("APPEARS_IN CASE"));
        cases.form("/cases/persons/" + suspect + "/merge", Map.of("other", List.of(other), "reason", List.of("One man")));
        PlantedReports.await(() -> edges("case-person/" + other).contains("SAME_AS PERSON"));
    }

    /** The report's node, found without looking at its network (a look would change what is new). */
    private long centreOf(ReportId report) {
        return jdbc.sql("SELECT id FROM net_node WHERE kind = 'REPORT' AND node_key = ?").param(report.toString())
                .query(Long.class).single();
    }

    private long alertsAbout(ReportId report) {
        return jdbc.sql("""
                        SELECT count(*) FROM net_case_alert a JOIN net_node n ON n.id = a.node_id
                        WHERE n.kind = 'REPORT' AND n.node_key = ?""")
                .param(report.toString()).query(Long.class).single();
    }

    /** The edges from a node, as "KIND TARGET-KIND". */
    private Set<String> edges(String key) {
        return Set.copyOf(jdbc.sql("""
                        SELECT e.kind || ' ' || t.kind FROM net_edge e JOIN net_node s ON s.id = e.source_id
                        JOIN net_node t ON t.id = e.target_id WHERE s.node_key = ? AND e.strength <> 'NOISE'""")
                .param(key).query(String.class).list());
    }
}
