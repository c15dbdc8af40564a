package pk.hifazat.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pk.hifazat.linking.LinkingReports.phoneAccount;
import static pk.hifazat.linking.LinkingReports.unique;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.intake.Account;
import pk.hifazat.intake.Announcements;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportArrival;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;

/**
 * An identifier shared by strangers (a support address) is marked as noise by an analyst, and
 * linking follows at once: the cluster it held together splits; said to be real, it merges again.
 * Above the ceiling an identifier merges nothing until an analyst decides.
 */
@HifazatTest
class NoiseTest {

    private static final String API = "/api/staff/v1/linking";

    @Autowired
    MockMvc mvc;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    Intake intake;

    @Autowired
    Clusters clusters;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    LinkingReports reports;
    String analyst;
    MockHttpSession session;

    @BeforeEach
    void analyst() throws Exception {
        reports = new LinkingReports(intake, clusters);
        analyst = users.create("INTAKE_ANALYST", "HQ");
        session = SignIn.as(mvc, analyst);
    }

    @Test
    void markingASupportAddressAsNoiseSplitsTheClusterAndUnmarkingMergesItAgain() throws Exception {
        String support = unique("support") + "@platform.example";
        String phone = LinkingReports.phone();
        String strangersPhone = LinkingReports.phone();
        ReportId first = reports.linkedTip(email(support), phoneAccount(phone));
        ReportId stranger = reports.linkedTip(email(support), phoneAccount(strangersPhone));
        ReportId third = reports.linkedTip(phoneAccount(phone));
        // The stranger's number named twice, and the first's side still the larger.
        ReportId strangersOther = reports.linkedTip(phoneAccount(strangersPhone), phoneAccount(LinkingReports.phone()));
        ReportId fourth = reports.linkedTip(phoneAccount(phone), phoneAccount(LinkingReports.phone()));
        ClusterId together = clusters.clusterOf(first).orElseThrow();
        assertThat(List.of(stranger, third, strangersOther, fourth))
                .allSatisfy(r -> assertThat(clusters.clusterOf(r)).contains(together));
        long key = keyId("EMAIL", support.toUpperCase());

        try (LinkedAnnouncements announced = new LinkedAnnouncements(context)) {
            mvc.perform(post(API + "/keys/" + key + "/noise").session(session).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"The platform's support address\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("NOISE"))
                    .andExpect(jsonPath("$.reason").value("The platform's support address"));

            ClusterId split = clusters.clusterOf(stranger).orElseThrow();
            assertThat(split).isNotEqualTo(together);
            assertThat(clusters.clusterOf(first)).contains(together);
            assertThat(clusters.clusterOf(third)).contains(together);
            assertThat(clusters.size(together)).isEqualTo(3);
            assertThat(announced.splits()).singleElement().satisfies(event -> {
                assertThat(event.cluster()).isEqualTo(together);
                assertThat(event.moved()).containsExactlyInAnyOrder(new LinkedReport(stranger, split, null),
                        new LinkedReport(strangersOther, split, null));
            });
            assertThat(clusters.sharedBy(first, 5)).filteredOn(s -> s.kind().equals("EMAIL")).singleElement()
                    .satisfies(s -> assertThat(s.strength()).isEqualTo(LinkStrength.NOISE));
            ReportId strangersNext = reports.linkedTip(phoneAccount(strangersPhone));
            assertThat(clusters.clusterOf(strangersNext)).contains(split);

            mvc.perform(post(API + "/keys/" + key + "/not-noise").session(session).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Used by the suspect\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("NOT_NOISE"));
            assertThat(clusters.clusterOf(stranger)).isEqualTo(clusters.clusterOf(first));
            assertThat(clusters.clusterOf(strangersNext)).isEqualTo(clusters.clusterOf(first));
            assertThat(announced.linked()).anySatisfy(event -> assertThat(event.merges()).hasSize(1));
            assertThat(clusters.clusterOf(reports.linkedTip(phoneAccount(strangersPhone), phoneAccount(LinkingReports.phone()))))
                    .isEqualTo(clusters.clusterOf(first));
        }
        assertThat(audit.latest(5, analyst, Long.toString(key))).extracting(AuditEntry::action)
                .contains("MARK_NOISE", "UNMARK_NOISE");
    }

    @Test
    void aDecisionWithoutAReasonIsRefusedNamingTheField() throws Exception {
        ReportId report = reports.linkedTip(phoneAccount(LinkingReports.phone()));
        String phone = clusters.sharedBy(report, 1).getFirst().value();
        long key = keyId("PHONE", phone);

        mvc.perform(post(API + "/keys/" + key + "/noise").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(get(API + "/keys").param("kind", "PHONE").param("value", "not a phone").session(session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("value"));
    }

    @Test
    void aDistrictOfficerMayNeitherSeeNorDecide() throws Exception {
        var officer = SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK617"));
        mvc.perform(get("/linking/noise").session(officer)).andExpect(status().isForbidden());
        mvc.perform(get(API + "/noise").session(officer)).andExpect(status().isForbidden());
        mvc.perform(post(API + "/keys/1/noise").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anIdentifierAboveTheCeilingMergesNothingUntilAnAnalystSaysItIsReal() throws Exception {
        var client = new TestOrganisations(organisations, keys).create();
        String phone = LinkingReports.phone();
        int count = 501;
        String file = IntStream.range(0, count).mapToObj(i -> LinkingReports.industryLine(phone))
                .collect(Collectors.joining("\n", "", "\n"));
        List<ReportId> ids;
        try (Announcements received = Announcements.of(context, client.organisation())) {
            mvc.perform(post("/api/v1/reports/bulk").header("Authorization", client.bearer())
                    .contentType("application/x-ndjson").content(file)).andExpect(status().isOk());
            ids = received.reports().stream().map(ReportArrival::report).toList();
        }
        assertThat(ids).hasSize(count);
        ids.forEach(reports::awaitLinked);
        Set<ClusterId> apart = ids.stream().map(id -> clusters.clusterOf(id).orElseThrow()).collect(Collectors.toSet());
        assertThat(apart).hasSize(count);

        long key = keyId("PHONE", phone);
        mvc.perform(get(API + "/noise").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[?(@.id == " + key + ")].reports").value(count));
        mvc.perform(get("/linking/noise").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(clusters.sharedBy(ids.getFirst(), 1).stream()
                        .filter(s -> s.kind().equals("PHONE")).findFirst().orElseThrow().value())));

        mvc.perform(post("/linking/keys/" + key + "/not-noise").session(session).with(csrf()).param("reason", "The suspect's number"))
                .andExpect(status().is3xxRedirection());
        ClusterId one = clusters.clusterOf(ids.getFirst()).orElseThrow();
        assertThat(clusters.size(one)).isEqualTo(count);
    }

    @Test
    void theStaffApiIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/staff/v1/linking/noise'].get").exists())
                .andExpect(jsonPath("$.paths['/api/staff/v1/linking/keys/{id}/noise'].post").exists())
                .andExpect(jsonPath("$.paths['/api/staff/v1/linking/weak-links'].get").exists());
    }

    private long keyId(String kind, String value) throws Exception {
        String answer = mvc.perform(get(API + "/keys").param("kind", kind).param("value", value).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    private static Account email(String address) {
        return new Account(null, null, null, null, null, address, null, null, null, null);
    }
}
