package pk.hifazat.cooperation;

/** Where a request abroad stands. Stored by name: never rename one. */
public enum CooperationStatus {
    DRAFT, AWAITING_APPROVAL, SENT, ACKNOWLEDGED, ANSWERED, CLOSED
}
