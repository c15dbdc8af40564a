package pk.hifazat.triage.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored priority rules, and the one SQL expression that scores reports with them: every
 * report rule is a predicate over {@code triage_report}'s facts; the priority is the most urgent
 * given by a rule that holds (P4 when none does), the reasons are every rule that holds, in order.
 * The same expression scores new reports, re-scores stored ones and previews a change.
 */
@Repository
class TriageRules {

    private final JdbcClient jdbc;
    /** The rules as last read; every rule change sets its {@code changed_at}, so their latest says how recent they are. */
    private volatile List<TriageRule> lastRead = List.of();

    TriageRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The rules, read again only when they have changed since they were last read: {@code changedAt}
     * is the latest {@code changed_at} of the stored rules, which the caller learned in a statement it
     * made anyway ({@link TriageStore#lockOnTheWayToQueue}). A change made by any instance is seen.
     */
    List<TriageRule> current(Instant changedAt) {
        List<TriageRule> rules = lastRead;
        if (!rules.isEmpty() && latestChange(rules).equals(changedAt)) {
            return rules;
        }
        rules = all();
        lastRead = rules;
        return rules;
    }

    private static Instant latestChange(List<TriageRule> rules) {
        return rules.stream().map(TriageRule::changedAt).max(Comparator.naturalOrder()).orElseThrow();
    }

    List<TriageRule> all() {
        return jdbc.sql("SELECT code, priority, parameter, days, enabled, raises, position, changed_at, changed_by "
                        + "FROM triage_rule ORDER BY position")
                .query((rs, n) -> new TriageRule(RuleCondition.named(rs.getString(1)).orElseThrow(), rs.getInt(2),
                        (Integer) rs.getObject(3), (Integer) rs.getObject(4), rs.getBoolean(5), rs.getBoolean(6),
                        rs.getInt(7), rs.getTimestamp(8).toInstant(), rs.getString(9)))
                .list();
    }

    Optional<TriageRule> byCode(String code) {
        return all().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    void save(TriageRule rule, String by) {
        jdbc.sql("UPDATE triage_rule SET priority = ?, parameter = ?, days = ?, enabled = ?, changed_at = now(), "
                        + "changed_by = ? WHERE code = ?")
                .params(rule.priority(), rule.parameter(), rule.days(), rule.enabled(), by, rule.code())
                .update();
    }

    /** {@code SET priority = …, reasons = …} for an UPDATE of {@code triage_report} with these rules. */
    static String scoring(List<TriageRule> rules) {
        return "priority = " + priority(rules) + ", reasons = " + reasons(rules);
    }

    /** The priority these rules give a row of {@code triage_report}, as an SQL expression. */
    static String priority(List<TriageRule> rules) {
        String cases = scoringRules(rules).stream()
                .map(r -> "CASE WHEN " + r.condition().predicate(r.parameter()) + " THEN " + r.priority() + " END")
                .collect(Collectors.joining(", "));
        return cases.isEmpty() ? "4" : "LEAST(4, " + cases + ")";
    }

    /** The reasons these rules give a row of {@code triage_report}, as an SQL text[] expression. */
    static String reasons(List<TriageRule> rules) {
        String cases = scoringRules(rules).stream()
                .map(r -> "CASE WHEN " + r.condition().predicate(r.parameter()) + " THEN '" + r.code() + "' END")
                .collect(Collectors.joining(", "));
        return cases.isEmpty() ? "'{}'::text[]" : "array_remove(ARRAY[" + cases + "]::text[], NULL)";
    }

    private static List<TriageRule> scoringRules(List<TriageRule> rules) {
        return rules.stream().filter(r -> r.enabled() && !r.raises()).toList();
    }
}
