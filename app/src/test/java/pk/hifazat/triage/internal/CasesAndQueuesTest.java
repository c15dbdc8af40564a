package pk.hifazat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.cases.CaseApi;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.linking.Clusters;

/**
 * Triage and cases together: a report naming a suspect of an open case whose child is not yet safe
 * is P1 for that reason, and a queue item whose reports all went into a case leaves the queue as
 * "moved to case".
 */
@HifazatTest
class CasesAndQueuesTest {

    private static final LocationHint MUZAFFARGARH = new LocationHint("PK", "Muzaffargarh", null, null, null);

    @Autowired Intake intake;
    @Autowired Triage triage;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectProvider<Clusters> clusters;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    TriageTestReports reports;
    CaseApi cases;

    @BeforeEach
    void setUp() throws Exception {
        reports = new TriageTestReports(intake, triage, jdbc, clusters);
        cases = new CaseApi(mvc, SignIn.as(mvc, users.create("SUPERVISOR", "HQ")));
    }

    @Test
    void aReportNamingASuspectOfAnOpenCaseWhoseChildIsNotYetSafeIsP1() throws Exception {
        String phone = TriageTestReports.uniqueMobile();
        String number = cases.open("Extortion of a girl in Muzaffargarh", "PK623", List.of("PECA-22"), null);
        cases.post(CaseApi.CASES + "/" + number + "/persons", Map.of("role", "SUSPECT", "name", "Imran Q.",
                "identifiers", List.of(Map.of("kind", "PHONE", "value", phone))));
        cases.addPerson(number, "VICTIM", "Sana B.", "PK");

        UUID report = reports.tip(TriageTestReports.content("He is messaging another girl now from the same number",
                List.of(), MUZAFFARGARH, List.of(TriageTestReports.phone(phone)), List.of()));
        assertThat(jdbc.sql("SELECT open_case_victims FROM triage_report WHERE report_id = ?").param(report)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT priority FROM triage_report WHERE report_id = ?").param(report)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aQueueItemWhoseReportsAllWentIntoACaseLeavesTheQueue() throws Exception {
        UUID report = reports.tip(TriageTestReports.content("Someone sends a boy money for pictures",
                List.of(), MUZAFFARGARH, List.of(TriageTestReports.phone(TriageTestReports.uniqueMobile())), List.of()));
        String number = cases.open("Pictures for money", "PK623", List.of("PECA-22"), null);
        cases.post(CaseApi.CASES + "/" + number + "/reports", Map.of("reports", List.of(report.toString())));

        UUID cluster = jdbc.sql("SELECT cluster_id FROM triage_report WHERE report_id = ?").param(report)
                .query(UUID.class).single();
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        String outcome = null;
        while (Instant.now().isBefore(until) && outcome == null) {
            outcome = jdbc.sql("SELECT outcome FROM triage_cluster WHERE cluster_id = ?").param(cluster)
                    .query(String.class).optional().orElse(null);
            TriageTestReports.sleep();
        }
        assertThat(outcome).isEqualTo("MOVED_TO_CASE");
        assertThat(jdbc.sql("SELECT case_number FROM triage_report WHERE report_id = ?").param(report)
                .query(String.class).single()).isEqualTo(number);
    }
}
