package pk.hifazat.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pk.hifazat.linking.LinkingReports.file;
import static pk.hifazat.linking.LinkingReports.md5;
import static pk.hifazat.linking.LinkingReports.phoneAccount;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.Announcements;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportArrival;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;

/** A report repeated is marked a duplicate of the first, which lists its duplicates. */
@HifazatTest
class DuplicatesTest {

    private static final Pattern EXTERNAL_ID = Pattern.compile("\"externalReportId\": \"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    Intake intake;

    @Autowired
    Clusters clusters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    @Test
    void theSameIdentifiersAndFilesWithinTheWindowAreADuplicateOfTheFirst() {
        LinkingReports reports = new LinkingReports(intake, clusters);
        String phone = LinkingReports.phone();
        String hash = md5();
        ReportId first = reports.linkedTip("He sends pictures", List.of(phoneAccount(phone)), List.of(file(hash)));
        ReportId again = reports.linkedTip("Told my brother: he sends pictures", List.of(phoneAccount("+92" + phone.substring(1))),
                List.of(file(hash.toUpperCase())));
        ReportId more = reports.linkedTip("He sends pictures", List.of(phoneAccount(phone)), List.of(file(hash), file(md5())));

        assertThat(clusters.linked(again).orElseThrow().duplicateOf()).isEqualTo(first);
        assertThat(clusters.linked(more).orElseThrow().duplicateOf()).isNull();
        assertThat(clusters.linked(first).orElseThrow().duplicateOf()).isNull();
        assertThat(clusters.duplicatesOf(first, 10)).containsExactly(again);
        assertThat(clusters.clusterOf(again)).isEqualTo(clusters.clusterOf(first));
    }

    @Test
    void anOrganisationsReportRepeatedUnderANewIdIsADuplicateEvenAfterTheWindow() throws Exception {
        var platform = new TestOrganisations(organisations, keys).create();
        var other = new TestOrganisations(organisations, keys).create();
        String report = LinkingReports.industryLine(LinkingReports.phone());
        String externalId = EXTERNAL_ID.matcher(report).results().findFirst().orElseThrow().group(1);
        ReportId first = send(platform, report);
        jdbc.sql("UPDATE link_report SET received_at = received_at - interval '3 days' WHERE report_id = ?")
                .param(first.value()).update();

        ReportId repeated = send(platform, report.replace(externalId, externalId + "-again"));
        ReportId elsewhere = send(other, report.replace(externalId, externalId + "-elsewhere"));

        assertThat(clusters.linked(repeated).orElseThrow().duplicateOf()).isEqualTo(first);
        assertThat(clusters.linked(elsewhere).orElseThrow().duplicateOf()).isNull();
        assertThat(clusters.duplicatesOf(first, 10)).containsExactly(repeated);
    }

    private ReportId send(TestOrganisations.Client client, String report) throws Exception {
        try (Announcements received = Announcements.of(context, client.organisation())) {
            mvc.perform(post("/api/v1/reports").header("Authorization", client.bearer())
                    .contentType(MediaType.APPLICATION_JSON).content(report)).andExpect(status().isCreated());
            ReportId id = received.reports().stream().map(ReportArrival::report).findFirst().orElseThrow();
            new LinkingReports(intake, clusters).awaitLinked(id);
            return id;
        }
    }
}
