package pk.hifazat.identity;

import java.util.Objects;
import java.util.UUID;

public record UserId(UUID value) implements java.io.Serializable {

    public UserId {
        Objects.requireNonNull(value, "a user id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
