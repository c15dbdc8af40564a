package pk.hifazat.intake.internal;

import pk.hifazat.audit.AuditAction;

/** What only intake records. The stored code is the constant's name: never rename one. */
public enum IntakeAction implements AuditAction {

    /** A public tip was stored (actor {@code public}). */
    RECEIVE,
    /** A reporter added information with their receipt code. */
    ADD_INFORMATION,
    /** An API key was issued to a reporting organisation. */
    ISSUE,
    /** An API key was revoked. */
    REVOKE,
    /** A bulk file (or the demo's reports) was imported for an organisation. */
    IMPORT;

    @Override
    public String code() {
        return name();
    }
}
