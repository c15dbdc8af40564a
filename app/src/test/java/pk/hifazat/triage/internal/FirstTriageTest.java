package pk.hifazat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.HifazatTest;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.ClusterId;
import pk.hifazat.linking.Clusters;
import pk.hifazat.linking.LinkedReport;
import pk.hifazat.triage.Priority;

/**
 * A report reaches its queue once: its first triage. Triaged again later (linked anew by an
 * addition or a look-alike image), it is not new, and its time from receipt is not measured again.
 */
@HifazatTest
class FirstTriageTest {

    @Autowired Intake intake;
    @Autowired Triage triage;
    @Autowired TriageStore store;
    @Autowired FactReader facts;
    @Autowired TriageRules rules;
    @Autowired ReceivedReports received;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectProvider<Clusters> clusters;
    @Autowired TransactionTemplate transactions;

    @Test
    void aReportTriagedAgainIsNotNewToItsQueue() {
        UUID id = triagedTip("A man in Multan sends a girl of 12 gifts in a game.");
        UUID cluster = clusterOf(id);

        Set<UUID> added = transactions.execute(status -> storedAgain(id, cluster));

        assertThat(added).isEmpty();
    }

    @Test
    void aReportTriagedForTheFirstTimeIsNew() {
        UUID id = triagedTip("A man in Lahore asks a boy of 11 for pictures.");
        UUID cluster = clusterOf(id);

        Set<UUID> added = transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("DELETE FROM triage_report WHERE report_id = ?").param(id).update();
            return storedAgain(id, cluster);
        });

        assertThat(added).containsExactly(id);
    }

    @Test
    void aReportTriagedAgainKeepsItsOpenCaseMarkAndIsScoredAgain() {
        UUID id = triagedTip("A man in Multan sends a boy of 14 money for pictures.");
        UUID cluster = clusterOf(id);

        Priority marked = transactions.execute(status -> scoredAgain(id, cluster, Set.of(id)));
        Priority afterwards = transactions.execute(status -> scoredAgain(id, cluster, Set.of()));

        assertThat(marked).isEqualTo(Priority.P1);
        assertThat(afterwards).isEqualTo(Priority.P1);
        assertThat(jdbc.sql("SELECT priority FROM triage_report WHERE report_id = ?").param(id).query(Integer.class).single())
                .isEqualTo(1);
    }

    private Priority scoredAgain(UUID id, UUID cluster, Set<UUID> inOpenCases) {
        var report = received.byIds(List.of(new ReportId(id))).getFirst();
        TriageStore.Stored stored = store.insert(List.of(facts.read(report)),
                List.of(new LinkedReport(report.id(), new ClusterId(cluster), null)), inOpenCases, rules.all());
        assertThat(stored.added()).isEmpty();
        return stored.scored().reports().getFirst().priority();
    }

    private UUID triagedTip(String description) {
        return new TriageTestReports(intake, triage, jdbc, clusters)
                .tip(TriageTestReports.content(description, List.of(), null, List.of(), List.of()));
    }

    private UUID clusterOf(UUID report) {
        return jdbc.sql("SELECT cluster_id FROM triage_report WHERE report_id = ?").param(report).query(UUID.class).single();
    }

    /** Triage's facts of the report stored as a linked batch would store them; the reports new to triage. */
    private Set<UUID> storedAgain(UUID id, UUID cluster) {
        var report = received.byIds(List.of(new ReportId(id))).getFirst();
        return store.insert(List.of(facts.read(report)), List.of(new LinkedReport(report.id(), new ClusterId(cluster), null)),
                Set.of(), rules.all()).added();
    }
}
