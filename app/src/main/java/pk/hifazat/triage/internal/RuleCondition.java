package pk.hifazat.triage.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * What each priority rule looks at, as a predicate over a report's facts in {@code triage_report}
 * (so that stored reports are scored in SQL, a batch at a time) — or, for the rules that raise a
 * cluster, over the cluster's reports. The priority, parameter and whether a rule applies are kept
 * in {@code triage_rule}; only a new kind of condition needs code.
 */
public enum RuleCondition {
    CHILD_IN_DANGER_NOW("danger_now"),
    LIVE_STREAMING("live_streaming"),
    CONTACT_ABUSE("contact_abuse"),
    YOUNG_VICTIM_SUSPECT_IN_PAKISTAN("youngest_age < %d AND suspect_in_pakistan"),
    UNKNOWN_MATERIAL("unknown_material"),
    /**
     * An identifier of the report belongs to a person in an open case whose victims are not all
     * rescued: set when the report is triaged, from {@code cases.OpenCases}.
     */
    OPEN_CASE_VICTIMS_NOT_SAFE("open_case_victims"),
    SEXTORTION("sextortion"),
    GROOMING("grooming"),
    KNOWN_MATERIAL_LOCATED_SUSPECT("known_material AND suspect_located"),
    SADISTIC_EXPLOITATION("sadistic"),
    PREPUBESCENT_MATERIAL("severest_class IN ('A1', 'A2')"),
    KNOWN_MATERIAL("known_material"),
    PUBESCENT_MATERIAL("severest_class IN ('B1', 'B2')"),
    CHILD_VICTIM("youngest_age < %d"),
    SOMETHING_TO_ACT_ON("(has_person OR has_victim OR has_place)"),
    /** Raises a cluster: at least {@code parameter} reports name one account within {@code days}. */
    REPEATED_ACCOUNT(null),
    /** Raises a cluster: its reports come from at least {@code parameter} districts. */
    LINKED_DISTRICTS(null),
    /** Raises a cluster: it has at least {@code parameter} reports. */
    MANY_LINKED_REPORTS(null);

    private final String predicate;

    RuleCondition(String predicate) {
        this.predicate = predicate;
    }

    static Optional<RuleCondition> named(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    public boolean takesParameter() {
        return predicate == null || predicate.contains("%d");
    }

    /** The SQL predicate with the rule's parameter; only for rules that score one report. */
    String predicate(Integer parameter) {
        if (predicate == null) {
            throw new IllegalStateException(name() + " raises a cluster; it scores no single report");
        }
        return predicate.contains("%d") ? predicate.formatted(parameter == null ? 0 : parameter) : predicate;
    }
}
