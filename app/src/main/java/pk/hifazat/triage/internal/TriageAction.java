package pk.hifazat.triage.internal;

import pk.hifazat.audit.AuditAction;

/** What only triage records. The stored code is the constant's name: never rename one. */
enum TriageAction implements AuditAction {

    /** An officer took a queue item to work on. */
    CLAIM,
    /** An officer gave a queue item back to the queue. */
    RELEASE,
    /** A queue item was sent to another unit, with a reason. */
    REROUTE,
    /** A queue item was escalated to the zone's supervisor, by an officer or because a P1 waited too long. */
    ESCALATE,
    /** A queue item was closed with an outcome. */
    CLOSE,
    /** An analyst set a cluster's priority by hand, with a reason. */
    OVERRIDE_PRIORITY,
    /** An analyst set a cluster's district by hand, with a reason. */
    OVERRIDE_DISTRICT,
    /** A supervisor changed a priority rule. */
    CHANGE_RULE,
    /** Stored open reports were scored again after a rule change. */
    RETRIAGE;

    @Override
    public String code() {
        return name();
    }
}
