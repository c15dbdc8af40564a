package pk.hifazat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.intake.Gender;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.PublicStatus;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.Victim;
import pk.hifazat.linking.Clusters;
import pk.hifazat.units.Units;

/**
 * A Muzaffargarh P1 in the Muzaffargarh unit's queue: its officer sees and claims it, the Lahore
 * officer is refused on the page and in the staff API alike, an unclaimed P1 goes up to the zone's
 * supervisor, and items are re-routed, closed and set by hand only with a reason.
 */
@HifazatTest
class QueueWorkTest {

    private static final String MUZAFFARGARH_UNIT = "DCU-PK623";
    private static final String LAHORE_UNIT = "DCU-PK617";

    @Autowired Intake intake;
    @Autowired Triage triage;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectProvider<Clusters> clusters;
    @Autowired ReportRows rows;
    @Autowired QueueItems items;
    @Autowired Escalations escalations;
    @Autowired ReceivedReports received;
    @Autowired Units units;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    TriageTestReports reports;
    String phone;
    UUID report;
    UUID cluster;
    MockHttpSession muzaffargarh;
    MockHttpSession lahore;

    @BeforeEach
    void setUp() throws Exception {
        reports = new TriageTestReports(intake, triage, jdbc, clusters);
        phone = TriageTestReports.uniqueMobile();
        report = reports.tip(TriageTestReports.content("مظفر گڑھ میں ایک آدمی میرے 8 سال کے بیٹے کو ابھی بلا رہا ہے۔",
                List.of(ReportAnnotation.CHILD_IN_DANGER_NOW), null,
                List.of(TriageTestReports.phone(phone)),
                List.of(new Victim(8, null, null, Gender.MALE, null, null))));
        cluster = rows.of(report).orElseThrow().cluster();
        muzaffargarh = SignIn.as(mvc, users.create("DISTRICT_OFFICER", MUZAFFARGARH_UNIT));
        lahore = SignIn.as(mvc, users.create("DISTRICT_OFFICER", LAHORE_UNIT));
    }

    @Test
    void theDistrictOfficerSeesTheP1WithItsReasonsAndClaimsIt() throws Exception {
        mvc.perform(get("/").session(muzaffargarh))
                .andExpect(content().string(Matchers.containsString("id=\"queue-counts\"")))
                .andExpect(content().string(Matchers.containsString("P1 – child in danger now")));
        mvc.perform(get("/triage/units/{code}", MUZAFFARGARH_UNIT).session(muzaffargarh).param("priority", "P1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<tr class=\"priority-P1\">")));
        assertThat(queuePagesUntil(muzaffargarh, cluster)).as("the cluster is in the unit's P1 queue").isTrue();
        mvc.perform(get("/triage/clusters/{id}", cluster).session(muzaffargarh))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("A child aged 8 (under 13) with a suspect in Pakistan")));
        mvc.perform(post("/triage/clusters/{id}/claim", cluster).session(muzaffargarh).with(csrf()))
                .andExpect(status().is3xxRedirection());
        QueueItem item = items.of(cluster).orElseThrow();
        assertThat(item.status()).isEqualTo(QueueStatus.CLAIMED);
        assertThat(received.byId(new ReportId(report)).orElseThrow().status()).isEqualTo(pk.hifazat.intake.ReportStatus.UNDER_REVIEW);
        mvc.perform(post("/triage/clusters/{id}/claim", cluster).session(muzaffargarh).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/triage/clusters/{id}/release", cluster).session(muzaffargarh).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(items.of(cluster).orElseThrow().status()).isEqualTo(QueueStatus.OPEN);
    }

    @Test
    void anotherDistrictsOfficerIsRefusedOnThePageAndInTheStaffApiAndTheRefusalIsAudited() throws Exception {
        mvc.perform(get("/triage/clusters/{id}", cluster).session(lahore)).andExpect(status().isForbidden());
        mvc.perform(get("/triage/reports/{id}", report).session(lahore)).andExpect(status().isForbidden());
        mvc.perform(post("/triage/clusters/{id}/claim", cluster).session(lahore).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/v1/triage/clusters/{id}", cluster).session(lahore).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/staff/v1/triage/units/{code}/queue", MUZAFFARGARH_UNIT).session(lahore))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_id = ? AND outcome = 'REFUSED'")
                .param(cluster.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theStaffApiAnswersWhatThePageShowsByReceiptAndById() throws Exception {
        String receipt = received.receipts(List.of(new ReportId(report))).get(new ReportId(report)).value();
        String typed = receipt.toLowerCase().replace("-", " ");
        mvc.perform(get("/api/staff/v1/triage/receipts/{code}", typed).session(muzaffargarh))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(report.toString()))
                .andExpect(jsonPath("$.receipt").value(receipt))
                .andExpect(jsonPath("$.district.code").value("PK623"))
                .andExpect(jsonPath("$.districtRule").value("NAMED"))
                .andExpect(jsonPath("$.priority").value("P1"))
                .andExpect(jsonPath("$.cluster.unitCode").value(MUZAFFARGARH_UNIT))
                .andExpect(jsonPath("$.cluster.unit.code").value(MUZAFFARGARH_UNIT))
                .andExpect(jsonPath("$.cluster.reasons[?(@.code == 'YOUNG_VICTIM_SUSPECT_IN_PAKISTAN')].en")
                        .value("A child aged 8 (under 13) with a suspect in Pakistan"))
                .andExpect(jsonPath("$.cluster.reports[0].receipt").value(receipt));
        mvc.perform(get("/api/staff/v1/triage/reports/{id}", report).session(muzaffargarh))
                .andExpect(status().isOk()).andExpect(jsonPath("$.receipt").value(receipt));
        mvc.perform(get("/triage/reports/{id}", report).session(muzaffargarh))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(receipt)));
        assertThat(queuePagesUntil(muzaffargarh, cluster)).isTrue();
        mvc.perform(get("/api/staff/v1/triage/receipts/{code}", "HZ-0000-0000").session(muzaffargarh))
                .andExpect(status().isNotFound());
    }

    @Test
    void theStaffApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/staff/v1/triage/receipts/{receipt}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/staff/v1/triage/reports/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/staff/v1/triage/clusters/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/staff/v1/triage/units/{code}/queue'].get").exists());
    }

    /** Walks the unit's P1 queue in the staff API, page after page, until the cluster is found. */
    private boolean queuePagesUntil(MockHttpSession session, UUID wanted) throws Exception {
        String after = "";
        for (int page = 0; page < 50; page++) {
            String answer = mvc.perform(get("/api/staff/v1/triage/units/{code}/queue", MUZAFFARGARH_UNIT).session(session)
                            .param("priority", "P1").param("after", after))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (answer.contains("\"id\":\"" + wanted + "\"")) {
                return true;
            }
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("\"next\":\"([^\"]+)\"").matcher(answer);
            if (!next.find()) {
                return false;
            }
            after = next.group(1);
        }
        return false;
    }

    @Test
    void aP1NoOneClaimsWithinTheHourGoesUpToTheZonesSupervisor() throws Exception {
        jdbc.sql("UPDATE triage_cluster SET queued_at = now() - interval '2 hours' WHERE cluster_id = ?").param(cluster).update();
        assertThat(escalations.escalateWaiting()).isPositive();
        QueueItem item = items.of(cluster).orElseThrow();
        assertThat(item.status()).isEqualTo(QueueStatus.ESCALATED);
        assertThat(item.escalatedTo()).isEqualTo(units.byCode("ZONE-PK6").orElseThrow().id().value());
        var supervisor = SignIn.as(mvc, users.create("SUPERVISOR", "ZONE-PK6"));
        mvc.perform(get("/triage/escalated").session(supervisor))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/triage/clusters/" + cluster)));
        mvc.perform(get("/").session(supervisor))
                .andExpect(content().string(Matchers.containsString("/triage/escalated")));
    }

    @Test
    void oneSweepEscalatesEveryWaitingP1ToItsOwnZonesSupervisorWithAnAuditEntryEach() {
        UUID peshawar = rows.of(reports.tip(TriageTestReports.content(
                "A man in Peshawar is calling my 9 year old son to meet him right now.",
                List.of(ReportAnnotation.CHILD_IN_DANGER_NOW), null,
                List.of(TriageTestReports.phone(TriageTestReports.uniqueMobile())),
                List.of(new Victim(9, null, null, Gender.MALE, null, null))))).orElseThrow().cluster();
        UUID claimed = rows.of(reports.tip(TriageTestReports.content(
                "مظفر گڑھ میں ایک آدمی میری 10 سال کی بیٹی کو ابھی بلا رہا ہے۔",
                List.of(ReportAnnotation.CHILD_IN_DANGER_NOW), null,
                List.of(TriageTestReports.phone(TriageTestReports.uniqueMobile())),
                List.of(new Victim(10, null, null, Gender.FEMALE, null, null))))).orElseThrow().cluster();
        jdbc.sql("UPDATE triage_cluster SET status = 'CLAIMED' WHERE cluster_id = ?").param(claimed).update();
        jdbc.sql("UPDATE triage_cluster SET queued_at = now() - interval '2 hours' WHERE cluster_id = ANY (?)")
                .param(new UUID[] {cluster, peshawar, claimed}).update();
        long auditBefore = jdbc.sql("SELECT seq FROM audit_head WHERE id = 1").query(Long.class).single();

        escalations.escalateWaiting();

        assertThat(items.of(cluster).orElseThrow().escalatedTo()).isEqualTo(units.byCode("ZONE-PK6").orElseThrow().id().value());
        assertThat(items.of(peshawar).orElseThrow().escalatedTo()).isEqualTo(units.byCode("ZONE-PK5").orElseThrow().id().value());
        assertThat(items.of(claimed).orElseThrow().status()).isEqualTo(QueueStatus.CLAIMED);
        assertThat(jdbc.sql("""
                        SELECT target_id FROM audit_entry WHERE seq > ? AND action = ? AND actor = 'system'""")
                .params(auditBefore, TriageAction.ESCALATE.code()).query(String.class).list())
                .contains(cluster.toString(), peshawar.toString()).doesNotContain(claimed.toString());
        assertThat(escalations.escalateWaiting()).as("nothing is escalated twice").isZero();
    }

    @Test
    void reRoutingClosingAndSettingByHandNeedAReason() throws Exception {
        var analyst = SignIn.as(mvc, users.create("INTAKE_ANALYST", "HQ"));
        mvc.perform(post("/triage/clusters/{id}/priority", cluster).session(analyst).with(csrf()).param("priority", "P2"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/triage/clusters/{id}/priority", cluster).session(analyst).with(csrf())
                        .param("priority", "P2").param("reason", "The child is with his mother now."))
                .andExpect(status().is3xxRedirection());
        QueueItem item = items.of(cluster).orElseThrow();
        assertThat(item.priority()).isEqualTo(pk.hifazat.triage.Priority.P2);
        assertThat(item.overridden()).isTrue();

        mvc.perform(post("/triage/clusters/{id}/district", cluster).session(analyst).with(csrf())
                        .param("district", "Multan").param("reason", "The family moved to Multan."))
                .andExpect(status().is3xxRedirection());
        item = items.of(cluster).orElseThrow();
        assertThat(item.district()).isEqualTo("PK622");
        assertThat(item.districtRule()).isEqualTo(DistrictRule.OVERRIDE);
        assertThat(item.queueUnit()).isEqualTo(units.byCode("DCU-PK622").orElseThrow().id().value());

        mvc.perform(post("/triage/clusters/{id}/reroute", cluster).session(analyst).with(csrf()).param("unit", LAHORE_UNIT))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/triage/clusters/{id}/reroute", cluster).session(analyst).with(csrf())
                        .param("unit", LAHORE_UNIT).param("reason", "Lahore unit holds the suspect's other case."))
                .andExpect(status().is3xxRedirection());
        assertThat(items.of(cluster).orElseThrow().queueUnit()).isEqualTo(units.byCode(LAHORE_UNIT).orElseThrow().id().value());

        mvc.perform(post("/triage/clusters/{id}/close", cluster).session(lahore).with(csrf()).param("outcome", "CASE_OPENED"))
                .andExpect(status().is3xxRedirection());
        assertThat(items.of(cluster).orElseThrow().status()).isEqualTo(QueueStatus.CLOSED);
        String receipt = received.receipts(List.of(new ReportId(report))).get(new ReportId(report)).value();
        assertThat(intake.status(new ReceiptCode(receipt)).map(PublicStatus::status).orElseThrow())
                .isEqualTo(pk.hifazat.intake.ReportStatus.CLOSED);
    }

    @Test
    void aClosedItemReopensWhenAReportJoinsItAndEveryReportOfItIsOpenAgain() throws Exception {
        mvc.perform(post("/triage/clusters/{id}/close", cluster).session(muzaffargarh).with(csrf()).param("outcome", "NO_ACTION"))
                .andExpect(status().is3xxRedirection());
        assertThat(items.of(cluster).orElseThrow().status()).isEqualTo(QueueStatus.CLOSED);
        assertThat(openReportsOf(cluster)).isZero();

        UUID joined = reports.tip(TriageTestReports.content("وہی نمبر پھر سے بچوں کو پیغام بھیج رہا ہے۔", List.of(), null,
                List.of(TriageTestReports.phone(phone)), List.of()));
        assertThat(rows.of(joined).orElseThrow().cluster()).isEqualTo(cluster);
        assertThat(items.of(cluster).orElseThrow().status()).isEqualTo(QueueStatus.OPEN);
        assertThat(openReportsOf(cluster)).isEqualTo(2);
    }

    private long openReportsOf(UUID cluster) {
        return jdbc.sql("SELECT count(*) FROM triage_report WHERE cluster_id = ? AND open").param(cluster)
                .query(Long.class).single();
    }
}
