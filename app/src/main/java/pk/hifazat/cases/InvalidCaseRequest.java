package pk.hifazat.cases;

/**
 * A request to {@link CaseOpenings} that cannot be done, naming the field and the message key (of the
 * cases bundle) that says why. Nothing is stored when it is thrown.
 */
public class InvalidCaseRequest extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidCaseRequest(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
