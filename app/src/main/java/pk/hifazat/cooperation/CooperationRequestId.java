package pk.hifazat.cooperation;

import java.util.Objects;
import java.util.UUID;

public record CooperationRequestId(UUID value) {

    public CooperationRequestId {
        Objects.requireNonNull(value, "a cooperation request id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
