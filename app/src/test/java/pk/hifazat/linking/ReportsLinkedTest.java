package pk.hifazat.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pk.hifazat.linking.LinkingReports.phoneAccount;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.Announcements;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReportArrival;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.TestOrganisations;
import pk.hifazat.intake.internal.ApiKeys;
import pk.hifazat.intake.internal.ReportingOrganisations;

/** What linking announces: one event per linked batch, with every new report, and the merges an addition causes. */
@HifazatTest
class ReportsLinkedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    Intake intake;

    @Autowired
    Clusters clusters;

    @Autowired
    ReportingOrganisations organisations;

    @Autowired
    ApiKeys keys;

    @Test
    void aBulkBatchIsAnnouncedInOneEventWithEveryReport() throws Exception {
        var client = new TestOrganisations(organisations, keys).create();
        String shared = LinkingReports.phone();
        String file = String.join("\n", LinkingReports.industryLine(shared), LinkingReports.industryLine(shared),
                LinkingReports.industryLine(LinkingReports.phone())) + "\n";
        LinkingReports reports = new LinkingReports(intake, clusters);

        try (LinkedAnnouncements announced = new LinkedAnnouncements(context);
             Announcements received = Announcements.of(context, client.organisation())) {
            mvc.perform(post("/api/v1/reports/bulk").header("Authorization", client.bearer())
                            .contentType("application/x-ndjson").content(file))
                    .andExpect(status().isOk());
            List<ReportId> ids = received.reports().stream().map(ReportArrival::report).toList();
            assertThat(ids).hasSize(3);
            ids.forEach(reports::awaitLinked);

            List<ReportsLinked> ours = announced.linked().stream()
                    .filter(e -> e.reports().stream().anyMatch(r -> ids.contains(r.report()))).toList();
            assertThat(ours).singleElement().satisfies(event -> {
                assertThat(event.reports()).extracting(LinkedReport::report).containsExactlyInAnyOrderElementsOf(ids);
                assertThat(event.merges()).isEmpty();
            });
            Set<ClusterId> clustersOfBatch = ids.stream().map(id -> clusters.clusterOf(id).orElseThrow())
                    .collect(Collectors.toSet());
            assertThat(clustersOfBatch).hasSize(2);
            assertThat(clusters.clusterOf(ids.get(0))).isEqualTo(clusters.clusterOf(ids.get(1)));
        }
    }

    @Test
    void anAdditionNamingAnotherReportsPhoneMergesTheirClusters() {
        LinkingReports reports = new LinkingReports(intake, clusters);
        String phone = LinkingReports.phone();
        var first = intake.submitTip(LinkingReports.tip("First", List.of(phoneAccount(LinkingReports.phone())), List.of()), null);
        reports.awaitLinked(first.report());
        ReportId second = reports.linkedTip(phoneAccount(phone));
        ClusterId firstCluster = clusters.clusterOf(first.report()).orElseThrow();
        ClusterId secondCluster = clusters.clusterOf(second).orElseThrow();
        assertThat(secondCluster).isNotEqualTo(firstCluster);

        try (LinkedAnnouncements announced = new LinkedAnnouncements(context)) {
            intake.addInformation(first.code(), LinkingReports.tip("He also uses this number", List.of(phoneAccount(phone)),
                    List.of()), null).orElseThrow();
            reports.await(() -> clusters.clusterOf(second).equals(clusters.clusterOf(first.report())));
            ClusterId merged = clusters.clusterOf(second).orElseThrow();
            assertThat(clusters.size(merged)).isEqualTo(2);
            assertThat(merged).isIn(firstCluster, secondCluster);
            ClusterId absorbed = merged.equals(firstCluster) ? secondCluster : firstCluster;
            assertThat(announced.linked()).anySatisfy(event -> {
                assertThat(event.reports()).isEmpty();
                assertThat(event.merges()).containsExactly(new ClusterMerge(absorbed, merged));
            });
        }
    }
}
