package pk.hifazat.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.Clusters;

/**
 * Planted networks on generated tips: each is found exactly, an IP address shared between two never
 * joins them, and an identifier marked as noise splits them again; an incremental index equals one
 * rebuilt from scratch; another unit's records appear only as linked records; exports are well formed.
 */
@HifazatTest
class NetworksTest {

    private static final String API = "/api/staff/v1/networks";

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    Networks networks;

    @Autowired
    Clusters clusters;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    PlantedReports planted;
    MockHttpSession analyst;

    @BeforeEach
    void setUp() throws Exception {
        planted = new PlantedReports(intake, networks);
        analyst = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
    }

    @Test
    void findsEachPlantedNetworkExactlyAndNeverJoinsTwoThroughAnIpAddressAlone() {
        String sharedIp = PlantedReports.ip();
        List<List<ReportId>> groups = List.of(group(sharedIp), group(sharedIp), group(null));

        planted.awaitNetworks(groups);

        assertThat(planted.networksOf(groups.stream().flatMap(List::stream).toList()))
                .containsExactlyInAnyOrderElementsOf(groups.stream().map(Set::copyOf).toList());
        // Completed publications are deleted (completion mode), so none of the listener's may be left.
        PlantedReports.await(() -> jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE listener_id LIKE 'pk.hifazat.networks.%' AND completion_date IS NULL""")
                .query(Long.class).single() == 0);
    }

    @Test
    void anIdentifierMarkedAsNoiseNoLongerJoinsTwoNetworks() throws Exception {
        String support = PlantedReports.email("support");
        String leftPhone = PlantedReports.phone();
        String rightPhone = PlantedReports.phone();
        List<ReportId> left = List.of(
                planted.tip("A", "Lahore", PlantedReports.phoneAccount(leftPhone), PlantedReports.emailAccount(support)),
                planted.tip("B", "Lahore", PlantedReports.phoneAccount(leftPhone)));
        List<ReportId> right = List.of(
                planted.tip("C", "Lahore", PlantedReports.phoneAccount(rightPhone), PlantedReports.emailAccount(support)),
                planted.tip("D", "Lahore", PlantedReports.phoneAccount(rightPhone)));
        List<ReportId> all = List.of(left.get(0), left.get(1), right.get(0), right.get(1));
        planted.awaitNetworks(List.of(all));

        String key = mvc.perform(get("/api/staff/v1/linking/keys").param("kind", "EMAIL").param("value", support)
                .session(analyst)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(key, "$.id")).longValue();
        mvc.perform(post("/api/staff/v1/linking/keys/" + id + "/noise").session(analyst).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"A platform's support address\"}"))
                .andExpect(status().isOk());

        planted.awaitNetworks(List.of(left, right));
    }

    @Test
    void aReportJoiningANetworkIsAnnouncedWithHowManyReportsTheNetworkHolds() {
        String hub = PlantedReports.phone();
        ReportId first = planted.tip("E", "Lahore", PlantedReports.phoneAccount(hub));
        planted.awaitNetworks(List.of(List.of(first)));
        List<ReportsJoinedNetworks> heard = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ReportsJoinedNetworks joined) {
                heard.add(joined);
            }
        };
        context.addApplicationListener(listener);
        try {
            ReportId second = planted.tip("F", "Lahore", PlantedReports.phoneAccount(hub));
            PlantedReports.await(() -> heard.stream().flatMap(e -> e.joined().stream())
                    .anyMatch(joined -> joined.report().equals(second)));

            assertThat(heard.stream().flatMap(e -> e.joined().stream()).filter(j -> j.report().equals(second)))
                    .singleElement().satisfies(joined -> {
                        assertThat(joined.reportsInNetwork()).isEqualTo(2);
                        assertThat(joined.networkSize()).isEqualTo(7);
                    });
        } finally {
            context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(listener);
        }
    }

    @Test
    void anIndexRebuiltFromScratchEqualsTheOneKeptUpIncrementally() {
        List<List<ReportId>> groups = List.of(group(null), group(null));
        planted.awaitNetworks(groups);
        List<ReportId> reports = groups.stream().flatMap(List::stream).toList();
        Set<Set<ReportId>> incremental = planted.networksOf(reports);

        jdbc.sql("UPDATE net_generation SET generation = generation + 1 WHERE id = 1").update();

        assertThat(planted.networksOf(reports)).isEqualTo(incremental);
        assertThat(incremental).hasSize(2);
    }

    @Test
    void anotherUnitsReportsAppearOnlyAsLinkedRecordsWithAWayToAskForAccess() throws Exception {
        String phone = PlantedReports.phone();
        ReportId muzaffargarh = planted.tip("Hans", "Muzaffargarh", PlantedReports.phoneAccount(phone));
        ReportId lahore = planted.tip("Bilal", "Lahore", PlantedReports.phoneAccount(phone));
        planted.awaitNetworks(List.of(List.of(muzaffargarh, lahore)));
        String officer = users.create("DISTRICT_OFFICER", "DCU-PK617");
        MockHttpSession session = SignIn.as(mvc, officer);

        String json = mvc.perform(get(API + "/reports/" + lahore).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[?(@.kind == 'REPORT')]").isNotEmpty())
                .andExpect(jsonPath("$.nodes[?(@.label == 'Hans')]").isEmpty())
                .andExpect(jsonPath("$.nodes[?(@.label == 'Bilal')]").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> restricted = JsonPath.read(json, "$.nodes[?(@.kind == 'RESTRICTED')]");
        assertThat(restricted).hasSize(3);
        assertThat(restricted).allSatisfy(node -> assertThat(node.get("label")).isNull());
        long centre = ((Number) JsonPath.read(json, "$.centre")).longValue();
        long hidden = ((Number) restricted.getFirst().get("id")).longValue();

        mvc.perform(get("/networks/nodes/" + centre).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Linked record in another unit")))
                .andExpect(content().string(containsString("network-graph")));
        mvc.perform(post("/networks/nodes/" + hidden + "/access-requests").session(session).with(csrf())
                        .param("reason", "The same phone as our suspect").param("from", Long.toString(centre)))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.latest(5, officer, Long.toString(hidden))).extracting(AuditEntry::action).contains("REQUEST_ACCESS");
        mvc.perform(post(API + "/nodes/" + hidden + "/access-requests").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
    }

    @Test
    void exportsANetworkAsGraphmlAndCsv() throws Exception {
        List<ReportId> group = group(null);
        planted.awaitNetworks(List.of(group));
        String json = mvc.perform(get(API + "/reports/" + group.getFirst()).session(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.reports").value(group.size()))
                .andExpect(jsonPath("$.summary.districts[0]").value("PK617"))
                .andExpect(jsonPath("$.summary.countries[0]").value("PK"))
                .andReturn().getResponse().getContentAsString();
        long centre = ((Number) JsonPath.read(json, "$.centre")).longValue();
        int nodes = ((List<?>) JsonPath.read(json, "$.nodes")).size();

        byte[] graphml = mvc.perform(get("/networks/nodes/" + centre + "/network.graphml").session(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphml));
        assertThat(document.getElementsByTagName("node").getLength()).isEqualTo(nodes);

        String csv = mvc.perform(get(API + "/nodes/" + centre + "/nodes.csv").session(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(nodes + 1);
        mvc.perform(get("/networks/nodes/" + centre + "/edges.csv").session(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("source,target,kind,strength")));
        mvc.perform(get(API + "/nodes/999999999").session(analyst))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** Four tips around one phone number, each with a number of its own; optionally all seen at one IP address. */
    private List<ReportId> group(String ip) {
        String hub = PlantedReports.phone();
        return java.util.stream.IntStream.range(0, 4).mapToObj(i -> ip == null
                        ? planted.tip("P" + i, "Lahore", PlantedReports.phoneAccount(hub), PlantedReports.phoneAccount(PlantedReports.phone()))
                        : planted.tip("P" + i, "Lahore", PlantedReports.phoneAccount(hub), PlantedReports.phoneAccount(PlantedReports.phone()),
                        PlantedReports.ipAccount(ip)))
                .toList();
    }
}
