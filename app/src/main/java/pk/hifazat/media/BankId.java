package pk.hifazat.media;

import java.util.Objects;
import java.util.UUID;

/** A hash bank: a named collection of known-material hashes with its own source and PDQ radius. */
public record BankId(UUID value) {

    public BankId {
        Objects.requireNonNull(value, "a bank id");
    }

    public static BankId of(String value) {
        return new BankId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
