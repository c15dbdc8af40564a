package pk.hifazat.triage.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
    private final Routing routing;

    ClusterDecisions(JdbcClient jdbc, Routing routing) {
        this.jdbc = jdbc;
        this.routing = routing;
    }

    void decide(Collection<UUID> clusters, List<TriageRule> rules) {
        if (clusters.isEmpty()) {
            return;
        }
        UUID[] ids = clusters.toArray(UUID[]::new);
        // Reports of one cluster may be triaged in two transactions at once: whichever decides second
        // waits here, then reads the other's reports too.
        jdbc.sql("SELECT count(pg_advisory_xact_lock(" + (TriageStore.REPORT_LOCKS + 1) + ", hashtext(c::text))) "
                        + "FROM (SELECT c FROM unnest(?::uuid[]) AS c ORDER BY c) l")
                .param(ids).query(Long.class).single();
        Map<UUID, Vote> votes = districtVotes(ids);
        Map<UUID, Integer> accounts = accountReports(ids, windowDays(rules));
        Map<UUID, List<String>> reasons = reasons(ids);
        List<Object[]> rows = new ArrayList<>();
        // A batch's clusters are in a few districts: each district's unit is looked up once.
        Map<String, UUID> unitByDistrict = new HashMap<>();
        jdbc.sql("""
                SELECT cluster_id, min(priority), min(youngest_age), count(*) FILTER (WHERE duplicate_of IS NULL),
                       count(DISTINCT district_code), bool_or(source = 'PUBLIC'), bool_or(source = 'INDUSTRY'),
                       min(received_at), count(*), min(abroad_country)
                FROM triage_report WHERE cluster_id = ANY(?) GROUP BY cluster_id""")
                .param(ids)
                .query((rs, n) -> {
                    UUID cluster = rs.getObject(1, UUID.class);
                    Aggregate aggregate = new Aggregate(rs.getInt(2), rs.getInt(4), rs.getInt(5), accounts.getOrDefault(cluster, 0));
                    List<String> clusterReasons = new ArrayList<>(reasons.getOrDefault(cluster, List.of()));
                    int priority = raised(aggregate, rules, clusterReasons);
                    Vote vote = votes.get(cluster);
                    DistrictCode district = vote == null ? null : new DistrictCode(vote.district());
                    rows.add(new Object[] {cluster, vote == null ? null : vote.district(),
                            vote == null ? DistrictRule.UNRESOLVED.name() : vote.rule().name(),
                            vote == null ? 0 : vote.reports(), unitByDistrict.computeIfAbsent(vote == null ? "" : vote.district(),
                                    d -> routing.unitFor(district).id().value()), priority,
                            String.join(",", ordered(clusterReasons, rules)), rs.getObject(3, Integer.class), rs.getString(10), rs.getInt(9),
                            aggregate.districts(), rs.getBoolean(6), rs.getBoolean(7), rs.getTimestamp(8).toInstant().toString()});
                    return cluster;
                })
                .list();
        // One row per cluster (grouped above): ON CONFLICT DO UPDATE may not touch a row twice in one
        // statement. Reasons travel joined by commas, which rule codes never hold.
        if (!rows.isEmpty()) {
            jdbc.sql("""
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
                                  THEN 'OPEN' ELSE triage_cluster.status END""")
                    .params(Columns.of(rows)).update();
        }
        jdbc.sql("""
                UPDATE triage_report r SET open = (c.status <> 'CLOSED')
                FROM triage_cluster c WHERE c.cluster_id = r.cluster_id AND r.cluster_id = ANY(?)
                  AND r.open <> (c.status <> 'CLOSED')""").param(ids).update();
    }

    private record Aggregate(int priority, int reports, int districts, int accountReports) {
    }

    private record Vote(String district, DistrictRule rule, int reports, Timestamp first) {
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
     * For each cluster, the most reports of it that name one account within the window before its
     * newest report: "three reports about one account within 90 days".
     */
    Map<UUID, Integer> accountReports(UUID[] ids, int days) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql(ACCOUNT_REPORTS).params(ids, days)
                .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return counts;
    }

    /** Per cluster of {@code ?::uuid[]}, the most of its reports naming one account within {@code ?} days of its newest. */
    static final String ACCOUNT_REPORTS = """
            SELECT cluster_id, max(n) FROM (
                SELECT r.cluster_id, a.account, count(DISTINCT r.report_id) AS n
                FROM triage_report r JOIN triage_account a ON a.report_id = r.report_id
                JOIN (SELECT cluster_id, max(received_at) AS newest FROM triage_report
                      WHERE cluster_id = ANY(?) GROUP BY cluster_id) c ON c.cluster_id = r.cluster_id
                WHERE r.received_at > c.newest - make_interval(days => ?)
                GROUP BY r.cluster_id, a.account) per_account
            GROUP BY cluster_id""";

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

    private Map<UUID, List<String>> reasons(UUID[] ids) {
        Map<UUID, List<String>> reasons = new HashMap<>();
        jdbc.sql("""
                SELECT cluster_id, array_agg(DISTINCT reason) FROM triage_report, unnest(reasons) AS reason
                WHERE cluster_id = ANY(?) GROUP BY cluster_id""")
                .param(ids)
                .query((rs, n) -> reasons.put(rs.getObject(1, UUID.class), List.of((String[]) rs.getArray(2).getArray())))
                .list();
        return reasons;
    }

    /** Per cluster and district, counted in SQL: how many reports, the strongest rule, the first report. */
    private Map<UUID, Vote> districtVotes(UUID[] ids) {
        Map<UUID, Vote> best = new HashMap<>();
        Comparator<Vote> order = Comparator.comparingInt(Vote::reports).reversed()
                .thenComparingInt(v -> v.rule().strength())
                .thenComparing(Vote::first);
        StringBuilder strength = new StringBuilder("CASE district_rule");
        for (DistrictRule rule : DistrictRule.values()) {
            strength.append(" WHEN '").append(rule.name()).append("' THEN ").append(rule.strength());
        }
        strength.append(" END");
        jdbc.sql("SELECT cluster_id, district_code, count(*), min(" + strength + "), min(received_at) FROM triage_report "
                        + "WHERE cluster_id = ANY(?) AND district_code IS NOT NULL AND duplicate_of IS NULL "
                        + "GROUP BY cluster_id, district_code")
                .param(ids)
                .query((rs, n) -> {
                    Vote vote = new Vote(rs.getString(2), DistrictRule.values()[rs.getInt(4)], rs.getInt(3), rs.getTimestamp(5));
                    return best.merge(rs.getObject(1, UUID.class), vote, (a, b) -> order.compare(a, b) <= 0 ? a : b);
                })
                .list();
        return best;
    }
}
