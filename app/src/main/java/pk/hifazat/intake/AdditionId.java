package pk.hifazat.intake;

import java.util.Objects;
import java.util.UUID;

/** What a reporter added to their report later, with its receipt code. */
public record AdditionId(UUID value) {

    public AdditionId {
        Objects.requireNonNull(value, "an addition id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
