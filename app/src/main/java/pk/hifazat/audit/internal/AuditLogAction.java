package pk.hifazat.audit.internal;

import pk.hifazat.audit.AuditAction;

/** What is done to the audit log itself. The stored code is the constant's name. */
enum AuditLogAction implements AuditAction {

    /** The hash chain was checked; the entry's detail says what was found. */
    VERIFY,
    /** The filtered entries were exported as CSV. */
    EXPORT;

    @Override
    public String code() {
        return name();
    }
}
