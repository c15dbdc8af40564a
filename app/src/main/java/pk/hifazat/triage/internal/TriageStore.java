package pk.hifazat.triage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.database.GenericPlans;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.ClusterMerge;
import pk.hifazat.linking.LinkedReport;
import pk.hifazat.media.MaterialMatch;
import pk.hifazat.media.ReportMaterial;
import pk.hifazat.triage.Priority;
import pk.hifazat.triage.TriagedReport;

/**
 * Writes triage's facts, a batch at a time: one INSERT over unnested arrays per table and set-based
 * UPDATEs over the batch's ids, so that a 1,000-report bulk batch costs a handful of statements.
 */
@Repository
class TriageStore {

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    TriageStore(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    /** Moves every report of each absorbed cluster to the cluster it joined: three batched statements for all merges. */
    void merge(List<ClusterMerge> merges) {
        if (merges.isEmpty()) {
            return;
        }
        List<Object[]> pairs = merges.stream().map(m -> new Object[] {m.into().value(), m.absorbed().value()}).toList();
        template.batchUpdate("UPDATE triage_report SET cluster_id = ? WHERE cluster_id = ?", pairs);
        // The item that carries on keeps whoever had claimed either.
        template.batchUpdate("""
                UPDATE triage_cluster i SET status = a.status, claimed_by = a.claimed_by, claimed_at = a.claimed_at
                FROM triage_cluster a
                WHERE i.cluster_id = ? AND a.cluster_id = ? AND i.status = 'OPEN' AND a.status = 'CLAIMED'""", pairs);
        template.batchUpdate("UPDATE triage_cluster SET absorbed_into = ? WHERE cluster_id = ?", pairs);
    }

    /**
     * Holds these reports until the transaction ends. A report's triage and its material finding may
     * be written at once by two transactions that cannot see each other's rows; whichever comes
     * second waits here and then sees the first's. Taken in one statement, in id order, before any
     * cluster lock, so that two transactions never wait on each other.
     *
     * <p>In the same statement, this transaction's commit is told not to wait for the disk, and the
     * answer is when the rules last changed ({@link TriageRules#current}). Not waiting is safe for the
     * reason linking's is: triage is redone from the event that started it when it is lost. The event
     * publication registry marks that event done in this transaction or a later one that waits for
     * the disk, and with it for everything written before; after a crash before the disk has this
     * commit, the event is still incomplete and is handed to triage again
     * ({@code StalledEventResubmission}). Saves the wait for the disk on every report's way to its
     * queue. The rest of the transaction is also planned once per statement ({@link GenericPlans}).
     */
    Instant lockOnTheWayToQueue(Collection<ReportId> reports) {
        return jdbc.sql("SELECT set_config('synchronous_commit', 'off', true), " + GenericPlans.FOR_THIS_TRANSACTION + ", "
                        + "(SELECT count(pg_advisory_xact_lock(" + REPORT_LOCKS + ", hashtext(r::text))) "
                        + "FROM (SELECT r FROM unnest(?::uuid[]) AS r ORDER BY r) l), "
                        + "(SELECT max(changed_at) FROM triage_rule) AS changed")
                .param(ids(reports)).query((rs, n) -> rs.getTimestamp("changed").toInstant()).single();
    }

    /** The first key of triage's advisory locks on reports; {@link ClusterDecisions} uses the next. */
    static final int REPORT_LOCKS = 80_001;

    /** Moves reports to the clusters a split put them in. */
    void move(List<LinkedReport> moved) {
        template.batchUpdate("UPDATE triage_report SET cluster_id = ? WHERE report_id = ?",
                moved.stream().map(l -> new Object[] {l.cluster().value(), l.report().value()}).toList());
    }

    /**
     * Stores reports' facts and scores them with the rules. A report seen again — linked again after
     * its reporter added to it, or a retried event — is read afresh, takes its new cluster, and is
     * scored again by {@link #score}, since what it was marked with before still counts
     * ({@code open_case_victims} stays once set).
     *
     * @param inOpenCases the reports naming someone in an open case whose children are not yet safe
     */
    Stored insert(List<ReportFacts> facts, List<LinkedReport> links, Set<UUID> inOpenCases, List<TriageRule> rules) {
        if (facts.isEmpty()) {
            return new Stored(Set.of(), new Scored(List.of(), List.of()));
        }
        List<Object[]> rows = new ArrayList<>(facts.size());
        List<Object[]> accounts = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            ReportFacts f = facts.get(i);
            LinkedReport link = links.get(i);
            String received = f.receivedAt().toString();
            rows.add(new Object[] {f.report().value(), link.cluster().value(),
                    link.duplicateOf() == null ? null : link.duplicateOf().value(), f.source().name(),
                    received, f.district().district() == null ? null : f.district().district().value(),
                    f.district().rule().name(), f.district().detail(), f.abroadCountry(), f.dangerNow(), f.liveStreaming(),
                    f.contactAbuse(), f.youngestAge(), f.suspectInPakistan(), f.suspectLocated(), f.sextortion(),
                    f.grooming(), f.sadistic(), f.severestClass(), f.hasPerson(), f.hasVictim(), f.hasPlace(),
                    inOpenCases.contains(f.report().value())});
            f.accounts().forEach(account -> accounts.add(new Object[] {account, f.report().value()}));
        }
        Object[] accountColumns = accounts.isEmpty() ? new Object[] {new String[0], new UUID[0]} : Columns.of(accounts);
        Set<UUID> added = new HashSet<>();
        Set<UUID> clusters = new LinkedHashSet<>();
        List<TriagedReport> scored = new ArrayList<>();
        List<ReportId> seenAgain = new ArrayList<>();
        // The caller reads each report once (its ids are a set): ON CONFLICT DO UPDATE may not touch a row
        // twice in one statement. A row written for the first time has no xmax: that report is new to triage.
        // One statement for the facts, the accounts (each distinct, since a decision counts them; a report
        // seen again keeps what it named before as well), what matching found already (kept in
        // triage_material whichever came first) and the rules' priority: the inner SELECT names its
        // columns as triage_report does, for the rules' SQL. Accounts travel as (account, report) pairs,
        // since an array of arrays unnests flat.
        jdbc.sql("""
            WITH named AS (
                SELECT report_id, array_agg(account) AS accounts
                FROM unnest(?::text[], ?::uuid[]) AS a(account, report_id) GROUP BY report_id)
            INSERT INTO triage_report (report_id, cluster_id, duplicate_of, source, received_at, district_code,
                district_rule, district_detail, abroad_country, danger_now, live_streaming, contact_abuse, youngest_age,
                suspect_in_pakistan, suspect_located, sextortion, grooming, sadistic, severest_class, has_person,
                has_victim, has_place, open_case_victims, known_material, unknown_material, priority, reasons, accounts)
            SELECT report_id, cluster_id, duplicate_of, source, received_at, district_code, district_rule,
                district_detail, abroad_country, danger_now, live_streaming, contact_abuse, youngest_age,
                suspect_in_pakistan, suspect_located, sextortion, grooming, sadistic, severest_class, has_person,
                has_victim, has_place, open_case_victims, known_material, unknown_material,
                """ + TriageRules.priority(rules) + ", " + TriageRules.reasons(rules) + """
            , accounts FROM (
                SELECT r.report_id, r.cluster_id, r.duplicate_of, r.source, r.received_at::timestamptz AS received_at,
                    r.district_code, r.district_rule, r.district_detail, r.abroad_country, r.danger_now,
                    r.live_streaming, r.contact_abuse, r.youngest_age, r.suspect_in_pakistan, r.suspect_located,
                    r.sextortion, r.grooming, r.sadistic, r.severest_class, r.has_person, r.has_victim, r.has_place,
                    r.open_case_victims, coalesce(m.known, false) AS known_material,
                    coalesce(m.unknown, false) AS unknown_material, coalesce(a.accounts, '{}') AS accounts
                FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::boolean[], ?::boolean[], ?::boolean[], ?::int[], ?::boolean[], ?::boolean[],
                            ?::boolean[], ?::boolean[], ?::boolean[], ?::text[], ?::boolean[], ?::boolean[], ?::boolean[],
                            ?::boolean[])
                    AS r(report_id, cluster_id, duplicate_of, source, received_at, district_code, district_rule,
                         district_detail, abroad_country, danger_now, live_streaming, contact_abuse, youngest_age,
                         suspect_in_pakistan, suspect_located, sextortion, grooming, sadistic, severest_class, has_person,
                         has_victim, has_place, open_case_victims)
                LEFT JOIN triage_material m ON m.report_id = r.report_id
                LEFT JOIN named a ON a.report_id = r.report_id) s
            ON CONFLICT (report_id) DO UPDATE SET cluster_id = EXCLUDED.cluster_id, duplicate_of = EXCLUDED.duplicate_of,
                district_code = EXCLUDED.district_code, district_rule = EXCLUDED.district_rule,
                district_detail = EXCLUDED.district_detail, abroad_country = EXCLUDED.abroad_country,
                danger_now = EXCLUDED.danger_now, live_streaming = EXCLUDED.live_streaming,
                contact_abuse = EXCLUDED.contact_abuse, youngest_age = EXCLUDED.youngest_age,
                suspect_in_pakistan = EXCLUDED.suspect_in_pakistan, suspect_located = EXCLUDED.suspect_located,
                sextortion = EXCLUDED.sextortion, grooming = EXCLUDED.grooming, sadistic = EXCLUDED.sadistic,
                severest_class = EXCLUDED.severest_class, has_person = EXCLUDED.has_person,
                has_victim = EXCLUDED.has_victim, has_place = EXCLUDED.has_place,
                open_case_victims = triage_report.open_case_victims OR EXCLUDED.open_case_victims,
                known_material = EXCLUDED.known_material, unknown_material = EXCLUDED.unknown_material,
                accounts = ARRAY(SELECT DISTINCT unnest(triage_report.accounts || EXCLUDED.accounts))
            RETURNING report_id, xmax = 0 AS added, district_code, priority, cluster_id""")
                .params(Stream.concat(Arrays.stream(accountColumns), Arrays.stream(Columns.of(rows))).toArray())
                .query(rs -> {
                    UUID report = rs.getObject(1, UUID.class);
                    if (!rs.getBoolean(2)) {
                        seenAgain.add(new ReportId(report));
                        return;
                    }
                    added.add(report);
                    clusters.add(rs.getObject(5, UUID.class));
                    scored.add(triaged(rs));
                });
        if (!seenAgain.isEmpty()) {
            Scored again = score(seenAgain, rules);
            scored.addAll(again.reports());
            clusters.addAll(again.clusters());
        }
        return new Stored(added, new Scored(scored, List.copyOf(clusters)));
    }

    /** The reports new to triage among those stored, and all of them as scored. */
    record Stored(Set<UUID> added, Scored scored) {
    }

    /** Keeps what matching found, whether the report's triage came first or not. */
    void keepMaterial(List<ReportMaterial> material) {
        template.batchUpdate("""
                INSERT INTO triage_material (report_id, known, unknown) VALUES (?, ?, ?)
                ON CONFLICT (report_id) DO UPDATE SET known = triage_material.known OR EXCLUDED.known,
                                                      unknown = triage_material.unknown OR EXCLUDED.unknown""",
                material.stream().map(m -> new Object[] {m.report().value(), m.hasKnownMaterial(), m.hasUnknownMaterial()}).toList());
        List<Object[]> matches = new ArrayList<>();
        for (ReportMaterial m : material) {
            for (MaterialMatch match : m.matches()) {
                matches.add(new Object[] {m.report().value(), match.file(), match.bankName() == null ? match.bank().toString() : match.bankName(),
                        match.entry(), match.algorithm().name(), match.distance(), match.category(), match.series(),
                        match.victimIdentified()});
            }
        }
        if (!matches.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO triage_material_match (report_id, file, bank_name, entry, algorithm, distance, category,
                        series, victim_identified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", matches);
        }
    }

    void applyMaterial(Collection<ReportId> reports) {
        jdbc.sql("""
                UPDATE triage_report r SET known_material = m.known, unknown_material = m.unknown
                FROM triage_material m WHERE m.report_id = r.report_id AND r.report_id = ANY(?)""")
                .param(ids(reports)).update();
    }

    /**
     * Scores these reports with the rules: their districts and new priorities, and their clusters.
     * Reports not triaged yet are left out.
     */
    Scored score(Collection<ReportId> reports, List<TriageRule> rules) {
        Set<UUID> clusters = new LinkedHashSet<>();
        List<TriagedReport> triaged = jdbc.sql("UPDATE triage_report SET " + TriageRules.scoring(rules)
                        + " WHERE report_id = ANY(?) RETURNING report_id, district_code, priority, cluster_id")
                .param(ids(reports))
                .query((rs, n) -> {
                    clusters.add(rs.getObject(4, UUID.class));
                    return triaged(rs);
                })
                .list();
        return new Scored(triaged, List.copyOf(clusters));
    }

    /** A row returned by {@link #insert} or {@link #score} as {@code ReportsTriaged} announces it. */
    private static TriagedReport triaged(ResultSet rs) throws SQLException {
        String district = rs.getString("district_code");
        return new TriagedReport(new ReportId(rs.getObject("report_id", UUID.class)),
                district == null ? null : new DistrictCode(district), Priority.of(rs.getInt("priority")));
    }

    /** Reports as scored ({@link #score}), and the clusters they are in. */
    record Scored(List<TriagedReport> reports, List<UUID> clusters) {
    }

    static UUID[] ids(Collection<ReportId> reports) {
        return reports.stream().map(ReportId::value).toArray(UUID[]::new);
    }
}
