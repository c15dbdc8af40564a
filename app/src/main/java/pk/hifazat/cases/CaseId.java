package pk.hifazat.cases;

import java.util.Objects;
import java.util.UUID;

public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "a case id");
    }

    public static CaseId of(String value) {
        return new CaseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
