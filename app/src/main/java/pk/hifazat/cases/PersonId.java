package pk.hifazat.cases;

import java.util.Objects;
import java.util.UUID;

/** A person as cases know them: one person may hold roles in several cases. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "a person id");
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
