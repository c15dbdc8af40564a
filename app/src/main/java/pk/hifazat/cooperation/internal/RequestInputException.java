package pk.hifazat.cooperation.internal;

/**
 * Input that cannot be stored, naming the field and the message key that says why (a page shows it in
 * its language, the staff API as a 400 problem). Nothing is stored when it is thrown.
 */
class RequestInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    RequestInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
