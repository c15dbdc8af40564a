package pk.hifazat.intake.internal;

import pk.hifazat.identifiers.Identifier;
import pk.hifazat.identifiers.IdentifierRole;

/** One identifier a report names, and whose it is: a row of {@code report_identifier}. */
record ReportIdentifier(Identifier identifier, IdentifierRole role) {
}
