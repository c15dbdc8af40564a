package pk.hifazat.linking.internal;

/** A decision about a key that cannot be taken as asked: which field is wrong, and why. */
class InvalidDecisionException extends RuntimeException {

    private final String field;
    private final String messageKey;

    InvalidDecisionException(String field, String messageKey, String message) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
