package pk.hifazat.networks.internal;

/** Bad input to a networks page or its JSON twin, naming the field and the message key to show. */
class InvalidRequestException extends RuntimeException {

    private final String field;
    private final String messageKey;

    InvalidRequestException(String field, String messageKey, String message) {
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
