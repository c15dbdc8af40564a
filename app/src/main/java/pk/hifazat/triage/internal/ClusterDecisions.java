package pk.hifazat.triage.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.database.LockedRead;
import pk.hifazat.geography.DistrictCode;

/**
 * Decides each cluster's district, unit and priority from its reports (duplicates left out) and
 * writes its queue item. The district is the one most of its reports resolve to themselves, ties
 * going to the stronger rule, then the older report; the priority is its most urgent report's,
 * raised one level by at most one raise rule that holds (three reports about one account within the
 * window, reports from several districts, many linked reports), never above that rule's own level.
 */
@Component
class ClusterDecisions {

    private final JdbcClient jdbc;
    private final LockedRead locked;
    private final Routing routing;

    ClusterDecisions(JdbcClient jdbc, LockedRead locked, Routing routing) {
        this.jdbc = jdbc;
        this.locked = locked;
        this.routing = routing;
    }

    void decide(Collection<UUID> clusters, List<TriageRule> rules) {
        if (clusters.isEmpty()) {
            return;
        }
        UUID[] ids = clusters.toArray(UUID[]::new);
        // Reports of one cluster may be triaged in two transactions at once: whichever decides second
        // waits for the lock, then reads the other's reports too (sent together: LockedRead).
        List<Object[]> rows = locked.afterLock("SELECT count(pg_advisory_xact_lock(" + (TriageStore.REPORT_LOCKS + 1)
                        + ", hashtext(c::text))) FROM (SELECT c FROM unnest(?::uuid[]) AS c ORDER BY c) l", CLUSTERS,
                new Object[] {ids, ids, windowDays(rules)}, rs -> decided(rs, rules));
        // One row per cluster (grouped above): ON CONFLICT DO UPDATE may not touch a row twice in one
        // statement. Reasons travel joined by commas, which rule codes never hold. The item's status as
        // written (a closed item reopens when reports join it) says whether its reports are open. Which
        // of them differ is read from the index of clusters alone (V161), and only those rows are visited:
        // in its own CTE, since a table joined in an UPDATE is read row by row for the update's recheck.
        if (!rows.isEmpty()) {
            jdbc.sql("""
                WITH decided AS (
                INSERT INTO triage_cluster (cluster_id, district_code, district_rule, district_reports, unit_id,
                    computed_priority, reasons, youngest_age, abroad_country, report_count, district_count, has_public,
                    has_industry, first_received_at)
                SELECT c.cluster_id, c.district_code, c.district_rule, c.district_reports, c.unit_id, c.computed_priority,
                    string_to_array(c.reasons, ','), c.youngest_age, c.abroad_country, c.report_count, c.district_count,
                    c.has_public, c.has_industry, c.first_received_at::timestamptz
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::uuid[], ?::int[], ?::text[], ?::int[], ?::text[],
                            ?::int[], ?::int[], ?::boolean[], ?::boolean[], ?::text[])
                    AS c(cluster_id, district_code, district_rule, district_reports, unit_id, computed_priority, reasons,
                         youngest_age, abroad_country, report_count, district_count, has_public, has_industry,
                         first_received_at)
                ON CONFLICT (cluster_id) DO UPDATE SET district_code = EXCLUDED.district_code,
                    district_rule = EXCLUDED.district_rule, district_reports = EXCLUDED.district_reports,
                    unit_id = CASE WHEN triage_cluster.district_override IS NULL THEN EXCLUDED.unit_id ELSE triage_cluster.unit_id END, computed_priority = EXCLUDED.computed_priority, reasons = EXCLUDED.reasons,
                    youngest_age = EXCLUDED.youngest_age, abroad_country = EXCLUDED.abroad_country,
                    has_public = EXCLUDED.has_public, has_industry = EXCLUDED.has_industry,
                    first_received_at = EXCLUDED.first_received_at, district_count = EXCLUDED.district_count,
                    report_count = EXCLUDED.report_count,
                    status = CASE WHEN triage_cluster.status = 'CLOSED' AND EXCLUDED.report_count > triage_cluster.report_count
                                  THEN 'OPEN' ELSE triage_cluster.status END
                RETURNING cluster_id, status),
                stale AS MATERIALIZED (
                    SELECT m.report_id, d.status FROM decided d JOIN triage_report m ON m.cluster_id = d.cluster_id
                    WHERE m.cluster_id = ANY(?) AND m.open <> (d.status <> 'CLOSED'))
                UPDATE triage_report r SET open = (s.status <> 'CLOSED') FROM stale s WHERE r.report_id = s.report_id""")
                    .params(Stream.concat(Arrays.stream(Columns.of(rows)), Stream.<Object>of((Object) ids)).toArray())
                    .update();
        }
    }

    /** Each cluster's queue item as the columns of the write, from the {@link #CLUSTERS} read. */
    private List<Object[]> decided(ResultSet rs, List<TriageRule> rules) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        // A batch's clusters are in a few districts: each district's unit is looked up once.
        Map<String, UUID> unitByDistrict = new HashMap<>();
        while (rs.next()) {
            UUID cluster = rs.getObject(1, UUID.class);
            Aggregate aggregate = new Aggregate(rs.getInt(2), rs.getInt(4), rs.getInt(5), rs.getInt(15));
            Array stored = rs.getArray(14);
            List<String> clusterReasons = new ArrayList<>(stored == null ? List.of() : List.of((String[]) stored.getArray()));
            int priority = raised(aggregate, rules, clusterReasons);
            String district = rs.getString(11);
            DistrictRule rule = district == null ? DistrictRule.UNRESOLVED : DistrictRule.values()[rs.getInt(13)];
            UUID unit = unitByDistrict.computeIfAbsent(district == null ? "" : district,
                    d -> routing.unitFor(d.isEmpty() ? null : new DistrictCode(d)).id().value());
            rows.add(new Object[] {cluster, district, rule.name(), district == null ? 0 : rs.getInt(12), unit,
                    priority, String.join(",", ordered(clusterReasons, rules)), rs.getObject(3, Integer.class),
                    rs.getString(10), rs.getInt(9), aggregate.districts(), rs.getBoolean(6), rs.getBoolean(7),
                    rs.getTimestamp(8).toInstant().toString()});
        }
        return rows;
    }

    private record Aggregate(int priority, int reports, int districts, int accountReports) {
    }

    /** The raise rules that hold add their reason; the cluster goes up one level, never above the rule's own. */
    static int raised(Aggregate aggregate, List<TriageRule> rules, List<String> reasons) {
        int priority = aggregate.priority();
        int best = priority;
        for (TriageRule rule : rules) {
            if (!rule.enabled() || !rule.raises() || !holds(rule, aggregate)) {
                continue;
            }
            reasons.add(rule.code());
            if (priority > rule.priority()) {
                best = Math.min(best, Math.max(rule.priority(), priority - 1));
            }
        }
        return best;
    }

    /**
     * Per cluster of {@code ?::uuid[]}, its reports read once, in one statement: 1 id, 2 its most urgent
     * report's priority, 3 its youngest child's age, 4 its reports less duplicates, 5 its districts,
     * 6 whether the public and 7 industry reported it, 8 its first report's receipt, 9 all its reports,
     * 10 a country abroad; its district's vote (the district most of its reports resolve to
     * themselves, ties to the stronger rule, then the older report): 11 the district, 12 its reports,
     * 13 the rule's strength; 14 its reports' reasons; 15 the most of its reports naming one account
     * within {@code ?} days of its newest ("three reports about one account within 90 days").
     *
     * <p>Its cost is the members' rows. A cluster's reports arrive over weeks and lie wherever they
     * arrived in the table, so they are read from the index {@code triage_report_in_cluster}, which holds
     * every column read here side by side (V161); only accounts too long for an index entry are read from
     * the table. Everything else works on what the members carry, each report's accounts among them, each
     * distinct at its write, and reasons are made distinct per set of reasons first, since a cluster's
     * reports share few.
     */
    static final String CLUSTERS = """
            WITH members AS MATERIALIZED (
                SELECT report_id, cluster_id, priority, youngest_age, duplicate_of, district_code, district_rule, source,
                       received_at, abroad_country, reasons,
                       coalesce(accounts_listed, (SELECT l.accounts FROM triage_report l WHERE l.report_id = r.report_id))
                           AS accounts
                FROM triage_report r WHERE cluster_id = ANY(?)),
            reports AS (
                SELECT cluster_id, min(priority) AS priority, min(youngest_age) AS youngest,
                       count(*) FILTER (WHERE duplicate_of IS NULL) AS originals, count(DISTINCT district_code) AS districts,
                       bool_or(source = 'PUBLIC') AS public, bool_or(source = 'INDUSTRY') AS industry,
                       min(received_at) AS first, max(received_at) AS newest, count(*) AS reports,
                       min(abroad_country) AS abroad
                FROM members GROUP BY cluster_id),
            votes AS (
                SELECT DISTINCT ON (cluster_id) cluster_id, district_code, reports, strength FROM (
                    SELECT cluster_id, district_code, count(*) AS reports, min(""" + strength() + """
            ) AS strength, min(received_at) AS first
                    FROM members
                    WHERE district_code IS NOT NULL AND duplicate_of IS NULL
                    GROUP BY cluster_id, district_code) per_district
                ORDER BY cluster_id, reports DESC, strength, first, district_code),
            reasons AS (
                SELECT cluster_id, array_agg(DISTINCT reason) AS reasons
                FROM (SELECT DISTINCT cluster_id, reasons FROM members) alike, unnest(reasons) AS reason
                GROUP BY cluster_id),
            accounts AS (
                SELECT cluster_id, max(n) AS most FROM (
                    SELECT m.cluster_id, account, count(*) AS n
                    FROM members m JOIN reports c ON c.cluster_id = m.cluster_id, unnest(m.accounts) AS account
                    WHERE m.received_at > c.newest - make_interval(days => ?)
                    GROUP BY m.cluster_id, account) per_account
                GROUP BY cluster_id)
            SELECT r.cluster_id, r.priority, r.youngest, r.originals, r.districts, r.public, r.industry, r.first,
                   r.reports, r.abroad, v.district_code, v.reports, v.strength, s.reasons, coalesce(a.most, 0)
            FROM reports r LEFT JOIN votes v USING (cluster_id) LEFT JOIN reasons s USING (cluster_id)
                 LEFT JOIN accounts a USING (cluster_id)""";

    /** A district rule's strength, in SQL over {@code district_rule}. */
    private static String strength() {
        StringBuilder strength = new StringBuilder("CASE district_rule");
        for (DistrictRule rule : DistrictRule.values()) {
            strength.append(" WHEN '").append(rule.name()).append("' THEN ").append(rule.strength());
        }
        return strength.append(" END").toString();
    }

    static int windowDays(List<TriageRule> rules) {
        return rules.stream().filter(r -> r.condition() == RuleCondition.REPEATED_ACCOUNT && r.days() != null)
                .mapToInt(TriageRule::days).findFirst().orElse(90);
    }

    private static boolean holds(TriageRule rule, Aggregate aggregate) {
        int threshold = rule.parameter() == null ? Integer.MAX_VALUE : rule.parameter();
        return switch (rule.condition()) {
            case REPEATED_ACCOUNT -> aggregate.accountReports() >= threshold;
            case LINKED_DISTRICTS -> aggregate.districts() >= threshold;
            case MANY_LINKED_REPORTS -> aggregate.reports() >= threshold;
            default -> false;
        };
    }

    private static String[] ordered(List<String> reasons, List<TriageRule> rules) {
        Map<String, Integer> position = new HashMap<>();
        rules.forEach(r -> position.put(r.code(), r.position()));
        return new LinkedHashSet<>(reasons).stream()
                .sorted(Comparator.comparingInt(r -> position.getOrDefault(r, Integer.MAX_VALUE)))
                .toArray(String[]::new);
    }
}
