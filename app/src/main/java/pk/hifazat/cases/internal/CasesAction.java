package pk.hifazat.cases.internal;

import pk.hifazat.audit.AuditAction;

/** What only cases record (views are {@code CommonAction.VIEW}). The stored code is the name: never rename one. */
public enum CasesAction implements AuditAction {

    /** A case was opened. */
    OPEN_CASE,
    /** Reports were attached to a case. */
    ATTACH_REPORTS,
    /** A case's status changed, or a change was refused. */
    CHANGE_CASE_STATUS,
    /** The lead officer, team or offences of a case changed. */
    CHANGE_CASE,
    /** A person was added to a case, or given another role in it. */
    ADD_PERSON,
    /** A person's sealed details were shown in full. */
    VIEW_PERSON,
    /** Two person records were merged. */
    MERGE_PERSONS,
    /** A merge was taken back. */
    UNDO_MERGE,
    /** An event was recorded on a case's timeline. */
    RECORD_EVENT,
    /** An evidence item was recorded. */
    ADD_EVIDENCE,
    /** An evidence item changed hands. */
    TRANSFER_CUSTODY,
    /** A custody report was produced. */
    PRINT_CUSTODY,
    /** A task was added to a case. */
    ADD_TASK,
    /** A task was marked done. */
    COMPLETE_TASK;

    @Override
    public String code() {
        return name();
    }
}
