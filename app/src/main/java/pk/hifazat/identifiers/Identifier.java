package pk.hifazat.identifiers;

import java.util.Objects;

/**
 * An identifier in its normal form: equal identifiers name the same phone, mailbox, account,
 * address or wallet, so they link reports, cases and bank entries.
 *
 * <p>Only {@link IdentifierNormaliser} makes one — from what someone wrote
 * ({@link IdentifierNormaliser#normalise}) or from what was stored ({@link IdentifierNormaliser#stored},
 * which checks the value is still normal). That is why this is a final class with a constructor
 * private to the package rather than a record, whose constructor every module could call: an
 * {@code Identifier} in hand is always normal, and no module can make one that fails to link.
 */
public final class Identifier {

    private final IdentifierKind kind;
    private final String value;
    private final String platform;

    Identifier(IdentifierKind kind, String value, String platform) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = Objects.requireNonNull(value, "value");
        this.platform = platform;
    }

    public IdentifierKind kind() {
        return kind;
    }

    /** The normal form, as stored and compared. */
    public String value() {
        return value;
    }

    /** The platform key, chain or wallet the kind names; null where the kind names none or none was given. */
    public String platform() {
        return platform;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Identifier that && kind == that.kind && value.equals(that.value)
                && Objects.equals(platform, that.platform);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value, platform);
    }

    @Override
    public String toString() {
        return platform == null ? kind + " " + value : kind + " " + value + " on " + platform;
    }
}
