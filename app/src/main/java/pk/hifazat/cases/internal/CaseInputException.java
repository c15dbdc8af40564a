package pk.hifazat.cases.internal;

/**
 * Input that cannot be stored, naming the field and the message key that says why (resolved in the
 * page's language; the staff API answers it as a 400 problem). Nothing is stored when it is thrown.
 */
public class CaseInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public CaseInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
