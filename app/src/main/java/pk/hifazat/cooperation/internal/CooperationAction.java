package pk.hifazat.cooperation.internal;

import pk.hifazat.audit.AuditAction;

/** What only cooperation records (views are {@code CommonAction.VIEW}). The stored code is the name: never rename one. */
enum CooperationAction implements AuditAction {

    /** A request abroad was drafted. */
    DRAFT_REQUEST,
    /** A draft's content was changed. */
    EDIT_REQUEST,
    /** A request moved to another status, or a move was refused. */
    CHANGE_REQUEST_STATUS,
    /** A supervisor approved a request for sending, or an approval was refused. */
    APPROVE_REQUEST,
    /** A case package left the system as JSON or PDF. */
    EXPORT_PACKAGE;

    @Override
    public String code() {
        return name();
    }
}
