package pk.hifazat.intake;

import java.util.Objects;

import pk.hifazat.identifiers.Identifier;
import pk.hifazat.identifiers.IdentifierRole;

/**
 * An identifier a report names, in its normal form, and whose it is.
 *
 * @param addition the reporter's later addition that named it; null when the report itself did
 */
public record ReportedIdentifier(Identifier identifier, IdentifierRole role, AdditionId addition) {

    public ReportedIdentifier {
        Objects.requireNonNull(identifier, "an identifier");
        Objects.requireNonNull(role, "a role");
    }
}
