package pk.hifazat.safeguarding;

import java.util.Objects;
import java.util.UUID;

/** A child's safeguarding record (not the person in cases: one child, one record, whatever their cases). */
public record ChildId(UUID value) {

    public ChildId {
        Objects.requireNonNull(value, "a child id");
    }

    public static ChildId of(String value) {
        return new ChildId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
