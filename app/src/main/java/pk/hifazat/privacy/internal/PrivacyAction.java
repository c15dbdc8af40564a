package pk.hifazat.privacy.internal;

import pk.hifazat.audit.AuditAction;

/** What only the privacy module records. The stored code is the constant's name: never rename one. */
public enum PrivacyAction implements AuditAction {

    /** A re-seal of every record under the current personal-data key began. */
    RESEAL_START,
    /** A re-seal ended: finished, stopped or failed, with how many rows it re-sealed and how many are left. */
    RESEAL_END;

    @Override
    public String code() {
        return name();
    }
}
