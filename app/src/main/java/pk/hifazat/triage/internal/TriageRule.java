package pk.hifazat.triage.internal;

import java.time.Instant;

/**
 * One priority rule as stored: the priority it gives (for a raise rule, the highest it may raise a
 * cluster to), its parameter (an age, a count) and window in days where its condition takes them.
 */
public record TriageRule(RuleCondition condition, int priority, Integer parameter, Integer days, boolean enabled,
                  boolean raises, int position, Instant changedAt, String changedBy) {

    public String code() {
        return condition.name();
    }

    TriageRule with(int newPriority, Integer newParameter, Integer newDays, boolean nowEnabled) {
        return new TriageRule(condition, newPriority, newParameter, newDays, nowEnabled, raises, position, changedAt, changedBy);
    }
}
