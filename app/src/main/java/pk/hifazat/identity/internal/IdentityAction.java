package pk.hifazat.identity.internal;

import pk.hifazat.audit.AuditAction;

/** What only the identity module records. The stored code is the constant's name. */
enum IdentityAction implements AuditAction {

    /** A sign-in, successful or not (the entry's outcome says which). */
    SIGN_IN,
    /** A user chose a new password. */
    CHANGE_PASSWORD;

    @Override
    public String code() {
        return name();
    }
}
