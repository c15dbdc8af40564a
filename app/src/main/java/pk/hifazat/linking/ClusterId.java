package pk.hifazat.linking;

import java.util.Objects;
import java.util.UUID;

/** A cluster: reports joined by the people, accounts and files they share. */
public record ClusterId(UUID value) {

    public ClusterId {
        Objects.requireNonNull(value, "a cluster id");
    }

    public static ClusterId of(String value) {
        return new ClusterId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
