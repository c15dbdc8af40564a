package pk.hifazat.intake;

import java.util.Objects;
import java.util.UUID;

public record ReportId(UUID value) {

    public ReportId {
        Objects.requireNonNull(value, "a report id");
    }

    public static ReportId of(String value) {
        return new ReportId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
