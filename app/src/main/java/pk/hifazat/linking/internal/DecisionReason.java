package pk.hifazat.linking.internal;

/**
 * The reason an analyst gives for a decision about a key: required, and kept short. Refused with
 * {@link InvalidDecisionException}, which names the field and the message that explains it.
 */
final class DecisionReason {

    static final String FIELD = "reason";

    private DecisionReason() {
    }

    static String require(String written) {
        String reason = written == null ? "" : written.strip();
        if (reason.isEmpty()) {
            throw new InvalidDecisionException(FIELD, "linking.reason.required", "A reason is required");
        }
        if (reason.length() > KeyDecisions.MAX_REASON) {
            throw new InvalidDecisionException(FIELD, "linking.reason.tooLong",
                    "The reason is longer than " + KeyDecisions.MAX_REASON + " characters");
        }
        return reason;
    }
}
