package pk.hifazat.safeguarding.internal;

/**
 * Input that cannot be stored or a step the pathway does not allow, naming the field and the message
 * key that says why (resolved in the page's language; the staff API answers 400, or 409 for a step
 * refused). Nothing is stored when it is thrown.
 */
class SafeguardingInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final boolean stepRefused;
    private final transient Object[] arguments;

    private SafeguardingInputException(String field, String messageKey, boolean stepRefused, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.stepRefused = stepRefused;
        this.arguments = arguments;
    }

    static SafeguardingInputException input(String field, String messageKey, Object... arguments) {
        return new SafeguardingInputException(field, messageKey, false, arguments);
    }

    /** A step the child's stage does not allow (the pathway's guard). */
    static SafeguardingInputException refused(String messageKey, Object... arguments) {
        return new SafeguardingInputException("stage", messageKey, true, arguments);
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    boolean stepRefused() {
        return stepRefused;
    }

    Object[] arguments() {
        return arguments;
    }
}
