package pk.hifazat.intake;

import java.util.List;

/** A report was refused as a whole; nothing of it was stored. Every violation names its field. */
public class InvalidReportException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidReportException(List<Violation> violations) {
        super(violations.size() + " field(s) are not valid");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
