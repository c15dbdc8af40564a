package pk.hifazat.identity.internal;

import pk.hifazat.audit.AuditAction;

/** What only the identity module records. The stored code is the constant's name. */
enum IdentityAction implements AuditAction {

    /** A sign-in, successful or not (the entry's outcome says which). */
    SIGN_IN,
    /** A user chose a new password, or tried to with a wrong current one (outcome failed). */
    CHANGE_PASSWORD,
    /**
     * A page or another request that the user's role may not open; recorded only when refused. (A
     * refusal by jurisdiction is recorded with the action that was attempted.)
     */
    OPEN,
    /** An administrator changed a user's name, role or home unit. */
    EDIT_USER,
    /** An administrator disabled a user's account: it can no longer sign in. */
    DISABLE_USER,
    /** An administrator enabled a disabled account again. */
    ENABLE_USER,
    /** An administrator gave a user a one-time password, to be changed at the next sign-in. */
    RESET_PASSWORD,
    /** A user made a personal access token for the staff API (the detail names it, never its secret). */
    CREATE_TOKEN,
    /** A user revoked one of their personal access tokens. */
    REVOKE_TOKEN;

    @Override
    public String code() {
        return name();
    }
}
