package pk.hifazat.safeguarding.internal;

import pk.hifazat.audit.AuditAction;

/** What only safeguarding records (views are {@code CommonAction.VIEW}). The stored code is the name: never rename one. */
public enum SafeguardingAction implements AuditAction {

    /** A child's record was made, when a case named them as a victim. */
    IDENTIFY_CHILD,
    /** A child was found. */
    LOCATE_CHILD,
    /** A child was safeguarded (rescued), with date, place and officers. */
    SAFEGUARD_CHILD,
    /** A child was referred to a Child Protection Bureau office. */
    REFER_CHILD,
    /** A referred child began rehabilitation. */
    START_REHABILITATION,
    /** A child's record was closed, with a reason. */
    CLOSE_CHILD_RECORD,
    /** A child's sealed details were written or changed. */
    CHANGE_CHILD_DETAILS,
    /** A photograph of a child was added. */
    ADD_CHILD_PHOTO,
    /** A child's sealed details were shown in full; the reason is the entry's detail. */
    REVEAL_CHILD,
    /** A goal was added to a child's care plan. */
    ADD_CARE_GOAL,
    /** A follow-up of a care goal was recorded. */
    RECORD_FOLLOW_UP,
    /** A child was reported missing or abducted. */
    REPORT_MISSING_CHILD,
    /** The alert about a missing child went to the province's units. */
    SEND_MISSING_CHILD_ALERT,
    /** A missing child's record was closed. */
    CLOSE_MISSING_CHILD;

    @Override
    public String code() {
        return name();
    }
}
