package pk.hifazat.database;

/** A key the platform needs is missing or unusable: the application must not start without it. */
public class KeyException extends IllegalStateException {

    private final String variable;

    public KeyException(String variable, String message) {
        super(message);
        this.variable = variable;
    }

    /** The environment variable that sets the key. */
    public String variable() {
        return variable;
    }
}
