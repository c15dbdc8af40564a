package pk.hifazat.units;

import java.util.UUID;

public record UnitId(UUID value) implements java.io.Serializable {

    public UnitId {
        java.util.Objects.requireNonNull(value, "a unit id");
    }

    public static UnitId of(String value) {
        return new UnitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
