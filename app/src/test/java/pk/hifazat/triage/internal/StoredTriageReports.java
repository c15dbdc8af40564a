package pk.hifazat.triage.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills triage's tables as a year of use would leave them, for {@link RetriageTiming}: reports with
 * their facts scored by the stored rules (the same SQL expression the application scores with), the
 * accounts they name, and one queue item per cluster. Seven in ten reports are alone in their
 * cluster, a quarter in clusters of 2 to 18 reports, one in twenty in big clusters of about
 * {@value #BIG_CLUSTER} (a few hundred of them in 2 M reports); a tenth of the clusters are closed
 * and a twentieth claimed. A tenth of the reports name no district (the national queue).
 */
final class StoredTriageReports {

    static final int BIG_CLUSTER = 333;
    private static final int CLUSTERS_PER_DECISION = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ClusterDecisions decisions;

    StoredTriageReports(JdbcClient jdbc, TransactionTemplate transactions, ClusterDecisions decisions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.decisions = decisions;
    }

    void fill(long reports, List<TriageRule> rules) {
        long singles = reports * 70 / 100;
        long medium = singles + reports * 25 / 100;
        long big = Math.max(1, Math.round(reports * 0.05 / BIG_CLUSTER));
        transactions.executeWithoutResult(s -> {
            jdbc.sql("SELECT setseed(0.42)").query().singleRow();
            jdbc.sql(REPORTS.replace("{priority}", TriageRules.priority(rules)).replace("{reasons}", TriageRules.reasons(rules)))
                    .param("reports", reports).param("singles", singles).param("medium", medium).param("big", big).update();
        });
        jdbc.sql("""
                UPDATE triage_report r SET accounts = ARRAY[CASE WHEN c.n = 1 THEN 'handle-' || r.report_id
                            ELSE 'handle-' || r.cluster_id || '-' || floor(random() * 4)::int END]
                FROM (SELECT cluster_id, count(*) AS n FROM triage_report GROUP BY cluster_id) c
                WHERE c.cluster_id = r.cluster_id AND random() < 0.6""").update();
        singleClusters();
        decideClustersOfSeveral(rules);
        jdbc.sql("""
                UPDATE triage_cluster SET status = 'CLOSED', outcome = 'NO_ACTION', closed_at = now()
                WHERE report_count < 50 AND abs(hashtext(cluster_id::text)) % 10 = 0""").update();
        jdbc.sql("""
                UPDATE triage_cluster SET status = 'CLAIMED', claimed_by = 'analyst', claimed_at = now()
                WHERE status = 'OPEN' AND abs(hashtext(cluster_id::text)) % 20 = 1""").update();
        jdbc.sql("""
                UPDATE triage_report r SET open = false FROM triage_cluster c
                WHERE c.cluster_id = r.cluster_id AND c.status = 'CLOSED'""").update();
    }

    /** A report alone in its cluster: no raise rule can hold, so its item is the report's own triage. */
    private void singleClusters() {
        jdbc.sql("""
                INSERT INTO triage_cluster (cluster_id, district_code, district_rule, district_reports, unit_id,
                    computed_priority, reasons, youngest_age, report_count, district_count, has_public, has_industry,
                    first_received_at)
                SELECT r.cluster_id, r.district_code, r.district_rule, (r.district_code IS NOT NULL)::int,
                       coalesce(u.unit_id, (SELECT id FROM unit WHERE kind = 'HEADQUARTERS' AND national ORDER BY code LIMIT 1)),
                       r.priority, r.reasons, r.youngest_age, 1, (r.district_code IS NOT NULL)::int, r.source = 'PUBLIC',
                       r.source = 'INDUSTRY', r.received_at
                FROM triage_report r
                JOIN (SELECT cluster_id FROM triage_report GROUP BY cluster_id HAVING count(*) = 1) alone
                     ON alone.cluster_id = r.cluster_id
                LEFT JOIN (SELECT DISTINCT ON (ud.district_code) ud.district_code, u.id AS unit_id
                           FROM unit u JOIN unit_district ud ON ud.unit_id = u.id
                           WHERE u.kind = 'DISTRICT_UNIT' ORDER BY ud.district_code, u.code) u
                     ON u.district_code = r.district_code""").update();
    }

    /** Clusters of several reports are decided by the application's own code, raise rules and all. */
    private void decideClustersOfSeveral(List<TriageRule> rules) {
        List<UUID> clusters = jdbc.sql("SELECT cluster_id FROM triage_report GROUP BY cluster_id HAVING count(*) > 1 ORDER BY cluster_id")
                .query(UUID.class).list();
        for (int from = 0; from < clusters.size(); from += CLUSTERS_PER_DECISION) {
            List<UUID> batch = clusters.subList(from, Math.min(clusters.size(), from + CLUSTERS_PER_DECISION));
            transactions.executeWithoutResult(s -> decisions.decide(batch, rules));
        }
    }

    /**
     * Report {@code i} is alone in its cluster up to {@code :singles}, then in blocks of 20 split in
     * two clusters of 2 to 18, then in one of {@code :big} big clusters. A cluster's reports arrive
     * within a month and mostly name its district; the facts are drawn so that about a fifth of the
     * reports are P1 and a fifth are about sextortion.
     */
    private static final String REPORTS = """
            INSERT INTO triage_report (report_id, cluster_id, source, received_at, district_code, district_rule, danger_now,
                live_streaming, contact_abuse, youngest_age, suspect_in_pakistan, suspect_located, sextortion, grooming,
                sadistic, severest_class, has_person, has_victim, has_place, known_material, unknown_material, priority, reasons)
            SELECT report_id, cluster_id, source, received_at, district_code,
                   CASE WHEN district_code IS NULL THEN 'UNRESOLVED' ELSE 'NAMED' END, danger_now, live_streaming,
                   contact_abuse, youngest_age, suspect_in_pakistan, suspect_located, sextortion, grooming, sadistic,
                   severest_class, has_person, has_victim, has_place, known_material, unknown_material, {priority}, {reasons}
            FROM (
                SELECT gen_random_uuid() AS report_id, md5('cluster ' || c.key)::uuid AS cluster_id,
                       CASE WHEN random() < 0.2 THEN 'PUBLIC' ELSE 'INDUSTRY' END AS source,
                       now() - (CASE WHEN i <= :singles THEN random() * 365
                                     ELSE abs(hashtext(c.key)) % 365 + random() * 30 END) * interval '1 day' AS received_at,
                       CASE WHEN random() < 0.1 THEN NULL
                            WHEN i <= :singles OR random() < 0.15 THEN d.codes[1 + floor(random() * d.n)::int]
                            ELSE d.codes[1 + abs(hashtext(c.key)) % d.n] END AS district_code,
                       random() < 0.01 AS danger_now, random() < 0.01 AS live_streaming, random() < 0.03 AS contact_abuse,
                       CASE WHEN random() < 0.4 THEN NULL ELSE 2 + floor(random() * 21)::int END AS youngest_age,
                       random() < 0.5 AS suspect_in_pakistan, random() < 0.2 AS suspect_located,
                       random() < 0.2 AS sextortion, random() < 0.1 AS grooming, random() < 0.01 AS sadistic,
                       (ARRAY['A1', 'A2', 'B1', 'B1', 'B2'])[1 + floor(random() * 10)::int] AS severest_class,
                       random() < 0.5 AS has_person, random() < 0.5 AS has_victim, random() < 0.3 AS has_place,
                       random() < 0.2 AS known_material, random() < 0.02 AS unknown_material, false AS open_case_victims
                FROM generate_series(1, :reports) i
                CROSS JOIN LATERAL (SELECT CASE
                        WHEN i <= :singles THEN 's' || i
                        WHEN i <= :medium THEN 'm' || ((i - :singles - 1) / 20)
                             || CASE WHEN (i - :singles - 1) % 20 < 2 + ((i - :singles - 1) / 20) % 17 THEN 'a' ELSE 'b' END
                        ELSE 'b' || (i % :big) END AS key) c
                CROSS JOIN (SELECT array_agg(code ORDER BY code) AS codes, count(*)::int AS n FROM district) d
            ) f""";
}
