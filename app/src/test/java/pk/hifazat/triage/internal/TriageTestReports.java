package pk.hifazat.triage.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.intake.Account;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.LocationHint;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.Victim;
import pk.hifazat.linking.ClusterId;
import pk.hifazat.linking.Clusters;
import pk.hifazat.linking.LinkedReport;
import pk.hifazat.linking.ReportsLinked;

/**
 * Submits public tips through intake and waits until triage has them. With the linking module in
 * the application its event triages them; without it, the test links each tip alone itself.
 */
final class TriageTestReports {

    private final Intake intake;
    private final Triage triage;
    private final JdbcClient jdbc;
    private final ObjectProvider<Clusters> clusters;

    TriageTestReports(Intake intake, Triage triage, JdbcClient jdbc, ObjectProvider<Clusters> clusters) {
        this.intake = intake;
        this.triage = triage;
        this.jdbc = jdbc;
        this.clusters = clusters;
    }

    UUID tip(ReportContent content) {
        ReportId report = intake.submitTip(content, null).report();
        if (clusters.getIfAvailable() == null) {
            triage.linked(new ReportsLinked(List.of(new LinkedReport(report, new ClusterId(UUID.randomUUID()), null)), List.of()));
        }
        return waitFor(report.value());
    }

    /**
     * Tips that share an identifier, so linking joins them; without linking, the test joins them
     * itself in one cluster. Returns their ids in order.
     */
    List<UUID> linkedTips(ReportContent... contents) {
        List<ReportId> ids = java.util.Arrays.stream(contents).map(c -> intake.submitTip(c, null).report()).toList();
        if (clusters.getIfAvailable() == null) {
            ClusterId cluster = new ClusterId(UUID.randomUUID());
            triage.linked(new ReportsLinked(ids.stream().map(id -> new LinkedReport(id, cluster, null)).toList(), List.of()));
        }
        return ids.stream().map(id -> waitFor(id.value())).toList();
    }

    /** A Pakistani mobile number no other test uses. */
    static String uniqueMobile() {
        return "0300" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
    }

    UUID waitFor(UUID report) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            boolean triaged = jdbc.sql("SELECT count(*) FROM triage_report r JOIN triage_cluster c ON c.cluster_id = r.cluster_id "
                    + "WHERE r.report_id = ?").param(report).query(Long.class).single() > 0;
            if (triaged) {
                return report;
            }
            sleep();
        }
        throw new AssertionError("Report " + report + " was not triaged within 30 s");
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static ReportContent content(String description, List<ReportAnnotation> annotations, LocationHint location,
                                 List<Account> accounts, List<Victim> victims) {
        return new ReportContent(null, null, null, null, null, List.of(), annotations, description,
                accounts.isEmpty() ? List.of() : List.of(new Person(null, accounts, null, null)), List.of(), victims,
                List.of(), location);
    }

    static Account phone(String number) {
        return new Account(null, null, null, null, null, null, number, null, null, null);
    }

    static Account handle(String platform, String screenName) {
        return new Account(platform, null, screenName, null, null, null, null, null, null, null);
    }
}
