package pk.hifazat.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.identity.Access;

/**
 * A supervisor's change to a rule: previewed (how many open reports, or for a raise rule open queue
 * items, would change), saved and audited with what changed, then applied to every open report by a
 * background {@link Retriage}.
 */
@Service
class RuleChanges {

    private final TriageRules rules;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Access access;
    private final Retriage retriage;

    RuleChanges(TriageRules rules, JdbcClient jdbc, AuditLog audit, Access access, Retriage retriage) {
        this.rules = rules;
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.retriage = retriage;
    }

    /** A proposed rule, checked: a bad value names its field. */
    TriageRule proposed(String code, int priority, Integer parameter, Integer days, boolean enabled) {
        TriageRule rule = rules.byCode(code).orElseThrow(TriageReading::notFound);
        if (priority < 1 || priority > 4) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "priority: 1 to 4");
        }
        if (rule.condition().takesParameter() && (parameter == null || parameter < 0 || parameter > 10_000)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "parameter: a number from 0 to 10000");
        }
        if (rule.days() != null && (days == null || days < 1 || days > 3650)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "days: a number of days from 1 to 3650");
        }
        return rule.with(priority, rule.condition().takesParameter() ? parameter : null,
                rule.days() != null ? days : null, enabled);
    }

    /** How many open reports (raise rules: open queue items) would change with this rule. */
    @Transactional(readOnly = true)
    long preview(TriageRule proposed) {
        List<TriageRule> now = rules.all();
        List<TriageRule> then = replaced(now, proposed);
        if (proposed.raises()) {
            TriageRule before = current(now, proposed);
            return jdbc.sql("""
                    WITH open_clusters AS (
                        SELECT cluster_id, max(received_at) AS newest, count(*) FILTER (WHERE duplicate_of IS NULL) AS n,
                               count(DISTINCT district_code) AS d
                        FROM triage_report WHERE open GROUP BY cluster_id),
                    accounts AS (
                        SELECT r.cluster_id, account,
                               count(*) FILTER (WHERE r.received_at > o.newest - make_interval(days => ?)) AS a_before,
                               count(*) FILTER (WHERE r.received_at > o.newest - make_interval(days => ?)) AS a_after
                        FROM triage_report r JOIN open_clusters o ON o.cluster_id = r.cluster_id, unnest(r.accounts) AS account
                        GROUP BY r.cluster_id, account),
                    per_cluster AS (
                        SELECT o.cluster_id, o.n, o.d, coalesce(max(x.a_before), 0) AS a_before, coalesce(max(x.a_after), 0) AS a_after
                        FROM open_clusters o LEFT JOIN accounts x ON x.cluster_id = o.cluster_id GROUP BY o.cluster_id, o.n, o.d)
                    SELECT count(*) FROM per_cluster WHERE (%s) IS DISTINCT FROM (%s)"""
                    .formatted(raiseHolds(before, "a_before"), raiseHolds(proposed, "a_after")))
                    .params(days(before), days(proposed))
                    .query(Long.class).single();
        }
        return jdbc.sql("SELECT count(*) FROM triage_report WHERE open AND priority <> " + TriageRules.priority(then))
                .query(Long.class).single();
    }

    @Transactional
    long change(TriageRule proposed) {
        TriageRule before = rules.byCode(proposed.code()).orElseThrow();
        String by = access.require().username();
        rules.save(proposed, by);
        audit.record(AuditRecord.of(TriageAction.CHANGE_RULE, "TriageRule", proposed.code()).withDetail(difference(before, proposed)));
        return retriage.start(by, proposed.raises());
    }

    private static TriageRule current(List<TriageRule> now, TriageRule proposed) {
        return now.stream().filter(r -> r.code().equals(proposed.code())).findFirst().orElseThrow();
    }

    private static int days(TriageRule rule) {
        return rule.days() == null ? 90 : rule.days();
    }

    private static String raiseHolds(TriageRule rule, String accountReports) {
        if (!rule.enabled()) {
            return "false";
        }
        int threshold = rule.parameter() == null ? Integer.MAX_VALUE : rule.parameter();
        return switch (rule.condition()) {
            case REPEATED_ACCOUNT -> accountReports + " >= " + threshold;
            case LINKED_DISTRICTS -> "d >= " + threshold;
            case MANY_LINKED_REPORTS -> "n >= " + threshold;
            default -> "false";
        };
    }

    private static List<TriageRule> replaced(List<TriageRule> rules, TriageRule proposed) {
        List<TriageRule> result = new ArrayList<>();
        rules.forEach(r -> result.add(r.code().equals(proposed.code()) ? proposed : r));
        return result;
    }

    private static String difference(TriageRule before, TriageRule after) {
        List<String> changes = new ArrayList<>();
        if (before.priority() != after.priority()) {
            changes.add("priority P" + before.priority() + " -> P" + after.priority());
        }
        if (!Objects.equals(before.parameter(), after.parameter())) {
            changes.add("parameter " + before.parameter() + " -> " + after.parameter());
        }
        if (!Objects.equals(before.days(), after.days())) {
            changes.add("days " + before.days() + " -> " + after.days());
        }
        if (before.enabled() != after.enabled()) {
            changes.add(after.enabled() ? "enabled" : "disabled");
        }
        return changes.isEmpty() ? "no change" : String.join(", ", changes);
    }
}
