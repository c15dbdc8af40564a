package pk.hifazat.audit;

import java.util.Objects;

/**
 * One thing to be written to the audit log. The actor is taken from the signed-in user when not
 * given. The detail must never hold report content or personal data: name records, not what they say.
 */
public record AuditRecord(String actor, AuditAction action, String targetType, String targetId, Outcome outcome,
                          String detail) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        targetId = targetId == null ? "" : targetId;
        outcome = outcome == null ? Outcome.DONE : outcome;
        detail = detail == null ? "" : detail;
    }

    /** An action by the signed-in user that was done. */
    public static AuditRecord of(AuditAction action, String targetType, Object targetId) {
        return new AuditRecord(null, action, targetType, String.valueOf(targetId), Outcome.DONE, "");
    }

    public AuditRecord by(String actor) {
        return new AuditRecord(actor, action, targetType, targetId, outcome, detail);
    }

    public AuditRecord withOutcome(Outcome outcome) {
        return new AuditRecord(actor, action, targetType, targetId, outcome, detail);
    }

    public AuditRecord withDetail(String detail) {
        return new AuditRecord(actor, action, targetType, targetId, outcome, detail);
    }
}
