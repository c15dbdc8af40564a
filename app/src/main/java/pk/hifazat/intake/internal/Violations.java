package pk.hifazat.intake.internal;

import java.util.ArrayList;
import java.util.List;

import pk.hifazat.intake.Violation;

/** What is wrong with one report, collected while it is normalised, each with its field's path. */
final class Violations {

    private final List<Violation> found = new ArrayList<>(0);

    void add(String field, String code, String message) {
        found.add(new Violation(field, code, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Violation> list() {
        return List.copyOf(found);
    }

    static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }
}
